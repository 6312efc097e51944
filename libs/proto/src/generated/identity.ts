import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgencyRef as _atrium_identity_v1_AgencyRef, AgencyRef__Output as _atrium_identity_v1_AgencyRef__Output } from './atrium/identity/v1/AgencyRef';
import type { ApiKey as _atrium_identity_v1_ApiKey, ApiKey__Output as _atrium_identity_v1_ApiKey__Output } from './atrium/identity/v1/ApiKey';
import type { Session as _atrium_identity_v1_Session, Session__Output as _atrium_identity_v1_Session__Output } from './atrium/identity/v1/Session';
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
        ApiKey: MessageTypeDefinition<_atrium_identity_v1_ApiKey, _atrium_identity_v1_ApiKey__Output>
        Session: MessageTypeDefinition<_atrium_identity_v1_Session, _atrium_identity_v1_Session__Output>
        TokenPair: MessageTypeDefinition<_atrium_identity_v1_TokenPair, _atrium_identity_v1_TokenPair__Output>
        User: MessageTypeDefinition<_atrium_identity_v1_User, _atrium_identity_v1_User__Output>
      }
    }
  }
}

