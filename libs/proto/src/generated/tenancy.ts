import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from './atrium/tenancy/v1/Agency';
import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from './atrium/tenancy/v1/Client';
import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from './atrium/tenancy/v1/ClientCounters';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from './atrium/tenancy/v1/Invitation';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    tenancy: {
      v1: {
        Agency: MessageTypeDefinition<_atrium_tenancy_v1_Agency, _atrium_tenancy_v1_Agency__Output>
        Client: MessageTypeDefinition<_atrium_tenancy_v1_Client, _atrium_tenancy_v1_Client__Output>
        ClientCounters: MessageTypeDefinition<_atrium_tenancy_v1_ClientCounters, _atrium_tenancy_v1_ClientCounters__Output>
        Invitation: MessageTypeDefinition<_atrium_tenancy_v1_Invitation, _atrium_tenancy_v1_Invitation__Output>
      }
    }
  }
}

