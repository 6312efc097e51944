import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { UserRegistered as _atrium_identity_v1_UserRegistered, UserRegistered__Output as _atrium_identity_v1_UserRegistered__Output } from './atrium/identity/v1/UserRegistered';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    identity: {
      v1: {
        UserRegistered: MessageTypeDefinition<_atrium_identity_v1_UserRegistered, _atrium_identity_v1_UserRegistered__Output>
      }
    }
  }
}

