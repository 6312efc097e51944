// Original file: protos/atrium/identity/v1/identity_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetJwksRequest as _atrium_identity_v1_GetJwksRequest, GetJwksRequest__Output as _atrium_identity_v1_GetJwksRequest__Output } from '../../../atrium/identity/v1/GetJwksRequest';
import type { GetJwksResponse as _atrium_identity_v1_GetJwksResponse, GetJwksResponse__Output as _atrium_identity_v1_GetJwksResponse__Output } from '../../../atrium/identity/v1/GetJwksResponse';
import type { GetUserRequest as _atrium_identity_v1_GetUserRequest, GetUserRequest__Output as _atrium_identity_v1_GetUserRequest__Output } from '../../../atrium/identity/v1/GetUserRequest';
import type { GetUserResponse as _atrium_identity_v1_GetUserResponse, GetUserResponse__Output as _atrium_identity_v1_GetUserResponse__Output } from '../../../atrium/identity/v1/GetUserResponse';
import type { LoginRequest as _atrium_identity_v1_LoginRequest, LoginRequest__Output as _atrium_identity_v1_LoginRequest__Output } from '../../../atrium/identity/v1/LoginRequest';
import type { LoginResponse as _atrium_identity_v1_LoginResponse, LoginResponse__Output as _atrium_identity_v1_LoginResponse__Output } from '../../../atrium/identity/v1/LoginResponse';
import type { SignUpRequest as _atrium_identity_v1_SignUpRequest, SignUpRequest__Output as _atrium_identity_v1_SignUpRequest__Output } from '../../../atrium/identity/v1/SignUpRequest';
import type { SignUpResponse as _atrium_identity_v1_SignUpResponse, SignUpResponse__Output as _atrium_identity_v1_SignUpResponse__Output } from '../../../atrium/identity/v1/SignUpResponse';

export interface IdentityServiceClient extends grpc.Client {
  GetJwks(argument: _atrium_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _atrium_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _atrium_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _atrium_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _atrium_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _atrium_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _atrium_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _atrium_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_atrium_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _atrium_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _atrium_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _atrium_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _atrium_identity_v1_GetUserRequest, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _atrium_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _atrium_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _atrium_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _atrium_identity_v1_GetUserRequest, callback: grpc.requestCallback<_atrium_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _atrium_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _atrium_identity_v1_LoginRequest, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  SignUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _atrium_identity_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _atrium_identity_v1_SignUpRequest, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  GetJwks: grpc.handleUnaryCall<_atrium_identity_v1_GetJwksRequest__Output, _atrium_identity_v1_GetJwksResponse>;
  
  GetUser: grpc.handleUnaryCall<_atrium_identity_v1_GetUserRequest__Output, _atrium_identity_v1_GetUserResponse>;
  
  Login: grpc.handleUnaryCall<_atrium_identity_v1_LoginRequest__Output, _atrium_identity_v1_LoginResponse>;
  
  SignUp: grpc.handleUnaryCall<_atrium_identity_v1_SignUpRequest__Output, _atrium_identity_v1_SignUpResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  GetJwks: MethodDefinition<_atrium_identity_v1_GetJwksRequest, _atrium_identity_v1_GetJwksResponse, _atrium_identity_v1_GetJwksRequest__Output, _atrium_identity_v1_GetJwksResponse__Output>
  GetUser: MethodDefinition<_atrium_identity_v1_GetUserRequest, _atrium_identity_v1_GetUserResponse, _atrium_identity_v1_GetUserRequest__Output, _atrium_identity_v1_GetUserResponse__Output>
  Login: MethodDefinition<_atrium_identity_v1_LoginRequest, _atrium_identity_v1_LoginResponse, _atrium_identity_v1_LoginRequest__Output, _atrium_identity_v1_LoginResponse__Output>
  SignUp: MethodDefinition<_atrium_identity_v1_SignUpRequest, _atrium_identity_v1_SignUpResponse, _atrium_identity_v1_SignUpRequest__Output, _atrium_identity_v1_SignUpResponse__Output>
}
