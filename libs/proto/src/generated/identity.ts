import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgencyRef as _atrium_identity_v1_AgencyRef, AgencyRef__Output as _atrium_identity_v1_AgencyRef__Output } from './atrium/identity/v1/AgencyRef';
import type { TokenPair as _atrium_identity_v1_TokenPair, TokenPair__Output as _atrium_identity_v1_TokenPair__Output } from './atrium/identity/v1/TokenPair';
import type { User as _atrium_identity_v1_User, User__Output as _atrium_identity_v1_User__Output } from './atrium/identity/v1/User';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    identity: {
      v1: {
        AgencyRef: MessageTypeDefinition<_atrium_identity_v1_AgencyRef, _atrium_identity_v1_AgencyRef__Output>
        TokenPair: MessageTypeDefinition<_atrium_identity_v1_TokenPair, _atrium_identity_v1_TokenPair__Output>
        User: MessageTypeDefinition<_atrium_identity_v1_User, _atrium_identity_v1_User__Output>
      }
    }
  }
}

