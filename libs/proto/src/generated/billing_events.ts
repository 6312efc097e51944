import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientPurged as _atrium_billing_v1_ClientPurged, ClientPurged__Output as _atrium_billing_v1_ClientPurged__Output } from './atrium/billing/v1/ClientPurged';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    billing: {
      v1: {
        ClientPurged: MessageTypeDefinition<_atrium_billing_v1_ClientPurged, _atrium_billing_v1_ClientPurged__Output>
      }
    }
  }
}

