import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ApiKeyCreated as _atrium_identity_v1_ApiKeyCreated, ApiKeyCreated__Output as _atrium_identity_v1_ApiKeyCreated__Output } from './atrium/identity/v1/ApiKeyCreated';
import type { ApiKeyRevoked as _atrium_identity_v1_ApiKeyRevoked, ApiKeyRevoked__Output as _atrium_identity_v1_ApiKeyRevoked__Output } from './atrium/identity/v1/ApiKeyRevoked';
import type { LoginLocked as _atrium_identity_v1_LoginLocked, LoginLocked__Output as _atrium_identity_v1_LoginLocked__Output } from './atrium/identity/v1/LoginLocked';
import type { PasswordChanged as _atrium_identity_v1_PasswordChanged, PasswordChanged__Output as _atrium_identity_v1_PasswordChanged__Output } from './atrium/identity/v1/PasswordChanged';
import type { PasswordResetRequested as _atrium_identity_v1_PasswordResetRequested, PasswordResetRequested__Output as _atrium_identity_v1_PasswordResetRequested__Output } from './atrium/identity/v1/PasswordResetRequested';
import type { SessionReuseDetected as _atrium_identity_v1_SessionReuseDetected, SessionReuseDetected__Output as _atrium_identity_v1_SessionReuseDetected__Output } from './atrium/identity/v1/SessionReuseDetected';
import type { SessionRevoked as _atrium_identity_v1_SessionRevoked, SessionRevoked__Output as _atrium_identity_v1_SessionRevoked__Output } from './atrium/identity/v1/SessionRevoked';
import type { SigningKeyRotated as _atrium_identity_v1_SigningKeyRotated, SigningKeyRotated__Output as _atrium_identity_v1_SigningKeyRotated__Output } from './atrium/identity/v1/SigningKeyRotated';
import type { UserRegistered as _atrium_identity_v1_UserRegistered, UserRegistered__Output as _atrium_identity_v1_UserRegistered__Output } from './atrium/identity/v1/UserRegistered';
import type { UserUpdated as _atrium_identity_v1_UserUpdated, UserUpdated__Output as _atrium_identity_v1_UserUpdated__Output } from './atrium/identity/v1/UserUpdated';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    identity: {
      v1: {
        ApiKeyCreated: MessageTypeDefinition<_atrium_identity_v1_ApiKeyCreated, _atrium_identity_v1_ApiKeyCreated__Output>
        ApiKeyRevoked: MessageTypeDefinition<_atrium_identity_v1_ApiKeyRevoked, _atrium_identity_v1_ApiKeyRevoked__Output>
        LoginLocked: MessageTypeDefinition<_atrium_identity_v1_LoginLocked, _atrium_identity_v1_LoginLocked__Output>
        PasswordChanged: MessageTypeDefinition<_atrium_identity_v1_PasswordChanged, _atrium_identity_v1_PasswordChanged__Output>
        PasswordResetRequested: MessageTypeDefinition<_atrium_identity_v1_PasswordResetRequested, _atrium_identity_v1_PasswordResetRequested__Output>
        SessionReuseDetected: MessageTypeDefinition<_atrium_identity_v1_SessionReuseDetected, _atrium_identity_v1_SessionReuseDetected__Output>
        SessionRevoked: MessageTypeDefinition<_atrium_identity_v1_SessionRevoked, _atrium_identity_v1_SessionRevoked__Output>
        SigningKeyRotated: MessageTypeDefinition<_atrium_identity_v1_SigningKeyRotated, _atrium_identity_v1_SigningKeyRotated__Output>
        UserRegistered: MessageTypeDefinition<_atrium_identity_v1_UserRegistered, _atrium_identity_v1_UserRegistered__Output>
        UserUpdated: MessageTypeDefinition<_atrium_identity_v1_UserUpdated, _atrium_identity_v1_UserUpdated__Output>
      }
    }
  }
}

