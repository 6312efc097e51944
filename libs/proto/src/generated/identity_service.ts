import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgencyRef as _atrium_identity_v1_AgencyRef, AgencyRef__Output as _atrium_identity_v1_AgencyRef__Output } from './atrium/identity/v1/AgencyRef';
import type { GetJwksRequest as _atrium_identity_v1_GetJwksRequest, GetJwksRequest__Output as _atrium_identity_v1_GetJwksRequest__Output } from './atrium/identity/v1/GetJwksRequest';
import type { GetJwksResponse as _atrium_identity_v1_GetJwksResponse, GetJwksResponse__Output as _atrium_identity_v1_GetJwksResponse__Output } from './atrium/identity/v1/GetJwksResponse';
import type { GetUserRequest as _atrium_identity_v1_GetUserRequest, GetUserRequest__Output as _atrium_identity_v1_GetUserRequest__Output } from './atrium/identity/v1/GetUserRequest';
import type { GetUserResponse as _atrium_identity_v1_GetUserResponse, GetUserResponse__Output as _atrium_identity_v1_GetUserResponse__Output } from './atrium/identity/v1/GetUserResponse';
import type { IdentityServiceClient as _atrium_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _atrium_identity_v1_IdentityServiceDefinition } from './atrium/identity/v1/IdentityService';
import type { LoginRequest as _atrium_identity_v1_LoginRequest, LoginRequest__Output as _atrium_identity_v1_LoginRequest__Output } from './atrium/identity/v1/LoginRequest';
import type { LoginResponse as _atrium_identity_v1_LoginResponse, LoginResponse__Output as _atrium_identity_v1_LoginResponse__Output } from './atrium/identity/v1/LoginResponse';
import type { SignUpRequest as _atrium_identity_v1_SignUpRequest, SignUpRequest__Output as _atrium_identity_v1_SignUpRequest__Output } from './atrium/identity/v1/SignUpRequest';
import type { SignUpResponse as _atrium_identity_v1_SignUpResponse, SignUpResponse__Output as _atrium_identity_v1_SignUpResponse__Output } from './atrium/identity/v1/SignUpResponse';
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
        GetJwksRequest: MessageTypeDefinition<_atrium_identity_v1_GetJwksRequest, _atrium_identity_v1_GetJwksRequest__Output>
        GetJwksResponse: MessageTypeDefinition<_atrium_identity_v1_GetJwksResponse, _atrium_identity_v1_GetJwksResponse__Output>
        GetUserRequest: MessageTypeDefinition<_atrium_identity_v1_GetUserRequest, _atrium_identity_v1_GetUserRequest__Output>
        GetUserResponse: MessageTypeDefinition<_atrium_identity_v1_GetUserResponse, _atrium_identity_v1_GetUserResponse__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _atrium_identity_v1_IdentityServiceClient> & { service: _atrium_identity_v1_IdentityServiceDefinition }
        LoginRequest: MessageTypeDefinition<_atrium_identity_v1_LoginRequest, _atrium_identity_v1_LoginRequest__Output>
        LoginResponse: MessageTypeDefinition<_atrium_identity_v1_LoginResponse, _atrium_identity_v1_LoginResponse__Output>
        SignUpRequest: MessageTypeDefinition<_atrium_identity_v1_SignUpRequest, _atrium_identity_v1_SignUpRequest__Output>
        SignUpResponse: MessageTypeDefinition<_atrium_identity_v1_SignUpResponse, _atrium_identity_v1_SignUpResponse__Output>
        TokenPair: MessageTypeDefinition<_atrium_identity_v1_TokenPair, _atrium_identity_v1_TokenPair__Output>
        User: MessageTypeDefinition<_atrium_identity_v1_User, _atrium_identity_v1_User__Output>
      }
    }
  }
}

