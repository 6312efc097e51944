// Original file: protos/atrium/identity/v1/identity_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcceptInvitationRequest as _atrium_identity_v1_AcceptInvitationRequest, AcceptInvitationRequest__Output as _atrium_identity_v1_AcceptInvitationRequest__Output } from '../../../atrium/identity/v1/AcceptInvitationRequest';
import type { AcceptInvitationResponse as _atrium_identity_v1_AcceptInvitationResponse, AcceptInvitationResponse__Output as _atrium_identity_v1_AcceptInvitationResponse__Output } from '../../../atrium/identity/v1/AcceptInvitationResponse';
import type { ChangePasswordRequest as _atrium_identity_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _atrium_identity_v1_ChangePasswordRequest__Output } from '../../../atrium/identity/v1/ChangePasswordRequest';
import type { ChangePasswordResponse as _atrium_identity_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _atrium_identity_v1_ChangePasswordResponse__Output } from '../../../atrium/identity/v1/ChangePasswordResponse';
import type { ConfirmPasswordResetRequest as _atrium_identity_v1_ConfirmPasswordResetRequest, ConfirmPasswordResetRequest__Output as _atrium_identity_v1_ConfirmPasswordResetRequest__Output } from '../../../atrium/identity/v1/ConfirmPasswordResetRequest';
import type { ConfirmPasswordResetResponse as _atrium_identity_v1_ConfirmPasswordResetResponse, ConfirmPasswordResetResponse__Output as _atrium_identity_v1_ConfirmPasswordResetResponse__Output } from '../../../atrium/identity/v1/ConfirmPasswordResetResponse';
import type { CreateApiKeyRequest as _atrium_identity_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _atrium_identity_v1_CreateApiKeyRequest__Output } from '../../../atrium/identity/v1/CreateApiKeyRequest';
import type { CreateApiKeyResponse as _atrium_identity_v1_CreateApiKeyResponse, CreateApiKeyResponse__Output as _atrium_identity_v1_CreateApiKeyResponse__Output } from '../../../atrium/identity/v1/CreateApiKeyResponse';
import type { CreateClientUserWithPasswordRequest as _atrium_identity_v1_CreateClientUserWithPasswordRequest, CreateClientUserWithPasswordRequest__Output as _atrium_identity_v1_CreateClientUserWithPasswordRequest__Output } from '../../../atrium/identity/v1/CreateClientUserWithPasswordRequest';
import type { CreateClientUserWithPasswordResponse as _atrium_identity_v1_CreateClientUserWithPasswordResponse, CreateClientUserWithPasswordResponse__Output as _atrium_identity_v1_CreateClientUserWithPasswordResponse__Output } from '../../../atrium/identity/v1/CreateClientUserWithPasswordResponse';
import type { GetAvatarRequest as _atrium_identity_v1_GetAvatarRequest, GetAvatarRequest__Output as _atrium_identity_v1_GetAvatarRequest__Output } from '../../../atrium/identity/v1/GetAvatarRequest';
import type { GetAvatarResponse as _atrium_identity_v1_GetAvatarResponse, GetAvatarResponse__Output as _atrium_identity_v1_GetAvatarResponse__Output } from '../../../atrium/identity/v1/GetAvatarResponse';
import type { GetJwksRequest as _atrium_identity_v1_GetJwksRequest, GetJwksRequest__Output as _atrium_identity_v1_GetJwksRequest__Output } from '../../../atrium/identity/v1/GetJwksRequest';
import type { GetJwksResponse as _atrium_identity_v1_GetJwksResponse, GetJwksResponse__Output as _atrium_identity_v1_GetJwksResponse__Output } from '../../../atrium/identity/v1/GetJwksResponse';
import type { GetUserRequest as _atrium_identity_v1_GetUserRequest, GetUserRequest__Output as _atrium_identity_v1_GetUserRequest__Output } from '../../../atrium/identity/v1/GetUserRequest';
import type { GetUserResponse as _atrium_identity_v1_GetUserResponse, GetUserResponse__Output as _atrium_identity_v1_GetUserResponse__Output } from '../../../atrium/identity/v1/GetUserResponse';
import type { IssueSwitchTokenRequest as _atrium_identity_v1_IssueSwitchTokenRequest, IssueSwitchTokenRequest__Output as _atrium_identity_v1_IssueSwitchTokenRequest__Output } from '../../../atrium/identity/v1/IssueSwitchTokenRequest';
import type { IssueSwitchTokenResponse as _atrium_identity_v1_IssueSwitchTokenResponse, IssueSwitchTokenResponse__Output as _atrium_identity_v1_IssueSwitchTokenResponse__Output } from '../../../atrium/identity/v1/IssueSwitchTokenResponse';
import type { ListApiKeysRequest as _atrium_identity_v1_ListApiKeysRequest, ListApiKeysRequest__Output as _atrium_identity_v1_ListApiKeysRequest__Output } from '../../../atrium/identity/v1/ListApiKeysRequest';
import type { ListApiKeysResponse as _atrium_identity_v1_ListApiKeysResponse, ListApiKeysResponse__Output as _atrium_identity_v1_ListApiKeysResponse__Output } from '../../../atrium/identity/v1/ListApiKeysResponse';
import type { ListSessionsRequest as _atrium_identity_v1_ListSessionsRequest, ListSessionsRequest__Output as _atrium_identity_v1_ListSessionsRequest__Output } from '../../../atrium/identity/v1/ListSessionsRequest';
import type { ListSessionsResponse as _atrium_identity_v1_ListSessionsResponse, ListSessionsResponse__Output as _atrium_identity_v1_ListSessionsResponse__Output } from '../../../atrium/identity/v1/ListSessionsResponse';
import type { LoginRequest as _atrium_identity_v1_LoginRequest, LoginRequest__Output as _atrium_identity_v1_LoginRequest__Output } from '../../../atrium/identity/v1/LoginRequest';
import type { LoginResponse as _atrium_identity_v1_LoginResponse, LoginResponse__Output as _atrium_identity_v1_LoginResponse__Output } from '../../../atrium/identity/v1/LoginResponse';
import type { LogoutRequest as _atrium_identity_v1_LogoutRequest, LogoutRequest__Output as _atrium_identity_v1_LogoutRequest__Output } from '../../../atrium/identity/v1/LogoutRequest';
import type { LogoutResponse as _atrium_identity_v1_LogoutResponse, LogoutResponse__Output as _atrium_identity_v1_LogoutResponse__Output } from '../../../atrium/identity/v1/LogoutResponse';
import type { ProvisionInvitedUserRequest as _atrium_identity_v1_ProvisionInvitedUserRequest, ProvisionInvitedUserRequest__Output as _atrium_identity_v1_ProvisionInvitedUserRequest__Output } from '../../../atrium/identity/v1/ProvisionInvitedUserRequest';
import type { ProvisionInvitedUserResponse as _atrium_identity_v1_ProvisionInvitedUserResponse, ProvisionInvitedUserResponse__Output as _atrium_identity_v1_ProvisionInvitedUserResponse__Output } from '../../../atrium/identity/v1/ProvisionInvitedUserResponse';
import type { RefreshRequest as _atrium_identity_v1_RefreshRequest, RefreshRequest__Output as _atrium_identity_v1_RefreshRequest__Output } from '../../../atrium/identity/v1/RefreshRequest';
import type { RefreshResponse as _atrium_identity_v1_RefreshResponse, RefreshResponse__Output as _atrium_identity_v1_RefreshResponse__Output } from '../../../atrium/identity/v1/RefreshResponse';
import type { RemoveAvatarRequest as _atrium_identity_v1_RemoveAvatarRequest, RemoveAvatarRequest__Output as _atrium_identity_v1_RemoveAvatarRequest__Output } from '../../../atrium/identity/v1/RemoveAvatarRequest';
import type { RemoveAvatarResponse as _atrium_identity_v1_RemoveAvatarResponse, RemoveAvatarResponse__Output as _atrium_identity_v1_RemoveAvatarResponse__Output } from '../../../atrium/identity/v1/RemoveAvatarResponse';
import type { RequestPasswordResetRequest as _atrium_identity_v1_RequestPasswordResetRequest, RequestPasswordResetRequest__Output as _atrium_identity_v1_RequestPasswordResetRequest__Output } from '../../../atrium/identity/v1/RequestPasswordResetRequest';
import type { RequestPasswordResetResponse as _atrium_identity_v1_RequestPasswordResetResponse, RequestPasswordResetResponse__Output as _atrium_identity_v1_RequestPasswordResetResponse__Output } from '../../../atrium/identity/v1/RequestPasswordResetResponse';
import type { RevokeApiKeyRequest as _atrium_identity_v1_RevokeApiKeyRequest, RevokeApiKeyRequest__Output as _atrium_identity_v1_RevokeApiKeyRequest__Output } from '../../../atrium/identity/v1/RevokeApiKeyRequest';
import type { RevokeApiKeyResponse as _atrium_identity_v1_RevokeApiKeyResponse, RevokeApiKeyResponse__Output as _atrium_identity_v1_RevokeApiKeyResponse__Output } from '../../../atrium/identity/v1/RevokeApiKeyResponse';
import type { RevokeSessionRequest as _atrium_identity_v1_RevokeSessionRequest, RevokeSessionRequest__Output as _atrium_identity_v1_RevokeSessionRequest__Output } from '../../../atrium/identity/v1/RevokeSessionRequest';
import type { RevokeSessionResponse as _atrium_identity_v1_RevokeSessionResponse, RevokeSessionResponse__Output as _atrium_identity_v1_RevokeSessionResponse__Output } from '../../../atrium/identity/v1/RevokeSessionResponse';
import type { SetAvatarRequest as _atrium_identity_v1_SetAvatarRequest, SetAvatarRequest__Output as _atrium_identity_v1_SetAvatarRequest__Output } from '../../../atrium/identity/v1/SetAvatarRequest';
import type { SetAvatarResponse as _atrium_identity_v1_SetAvatarResponse, SetAvatarResponse__Output as _atrium_identity_v1_SetAvatarResponse__Output } from '../../../atrium/identity/v1/SetAvatarResponse';
import type { SignUpRequest as _atrium_identity_v1_SignUpRequest, SignUpRequest__Output as _atrium_identity_v1_SignUpRequest__Output } from '../../../atrium/identity/v1/SignUpRequest';
import type { SignUpResponse as _atrium_identity_v1_SignUpResponse, SignUpResponse__Output as _atrium_identity_v1_SignUpResponse__Output } from '../../../atrium/identity/v1/SignUpResponse';
import type { UnlockLoginRequest as _atrium_identity_v1_UnlockLoginRequest, UnlockLoginRequest__Output as _atrium_identity_v1_UnlockLoginRequest__Output } from '../../../atrium/identity/v1/UnlockLoginRequest';
import type { UnlockLoginResponse as _atrium_identity_v1_UnlockLoginResponse, UnlockLoginResponse__Output as _atrium_identity_v1_UnlockLoginResponse__Output } from '../../../atrium/identity/v1/UnlockLoginResponse';
import type { UpdateUserRequest as _atrium_identity_v1_UpdateUserRequest, UpdateUserRequest__Output as _atrium_identity_v1_UpdateUserRequest__Output } from '../../../atrium/identity/v1/UpdateUserRequest';
import type { UpdateUserResponse as _atrium_identity_v1_UpdateUserResponse, UpdateUserResponse__Output as _atrium_identity_v1_UpdateUserResponse__Output } from '../../../atrium/identity/v1/UpdateUserResponse';
import type { VerifyApiKeyRequest as _atrium_identity_v1_VerifyApiKeyRequest, VerifyApiKeyRequest__Output as _atrium_identity_v1_VerifyApiKeyRequest__Output } from '../../../atrium/identity/v1/VerifyApiKeyRequest';
import type { VerifyApiKeyResponse as _atrium_identity_v1_VerifyApiKeyResponse, VerifyApiKeyResponse__Output as _atrium_identity_v1_VerifyApiKeyResponse__Output } from '../../../atrium/identity/v1/VerifyApiKeyResponse';

export interface IdentityServiceClient extends grpc.Client {
  AcceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  AcceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  AcceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  AcceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _atrium_identity_v1_AcceptInvitationRequest, callback: grpc.requestCallback<_atrium_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  
  ChangePassword(argument: _atrium_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _atrium_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _atrium_identity_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _atrium_identity_v1_ChangePasswordRequest, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _atrium_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _atrium_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _atrium_identity_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _atrium_identity_v1_ChangePasswordRequest, callback: grpc.requestCallback<_atrium_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  
  ConfirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _atrium_identity_v1_ConfirmPasswordResetRequest, callback: grpc.requestCallback<_atrium_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  
  CreateApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _atrium_identity_v1_CreateApiKeyRequest, callback: grpc.requestCallback<_atrium_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  
  CreateClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  CreateClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  CreateClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  CreateClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  createClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  createClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  createClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  createClientUserWithPassword(argument: _atrium_identity_v1_CreateClientUserWithPasswordRequest, callback: grpc.requestCallback<_atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>): grpc.ClientUnaryCall;
  
  GetAvatar(argument: _atrium_identity_v1_GetAvatarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  GetAvatar(argument: _atrium_identity_v1_GetAvatarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  GetAvatar(argument: _atrium_identity_v1_GetAvatarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  GetAvatar(argument: _atrium_identity_v1_GetAvatarRequest, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  getAvatar(argument: _atrium_identity_v1_GetAvatarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  getAvatar(argument: _atrium_identity_v1_GetAvatarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  getAvatar(argument: _atrium_identity_v1_GetAvatarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  getAvatar(argument: _atrium_identity_v1_GetAvatarRequest, callback: grpc.requestCallback<_atrium_identity_v1_GetAvatarResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  IssueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  issueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  issueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  issueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  issueSwitchToken(argument: _atrium_identity_v1_IssueSwitchTokenRequest, callback: grpc.requestCallback<_atrium_identity_v1_IssueSwitchTokenResponse__Output>): grpc.ClientUnaryCall;
  
  ListApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _atrium_identity_v1_ListApiKeysRequest, callback: grpc.requestCallback<_atrium_identity_v1_ListApiKeysResponse__Output>): grpc.ClientUnaryCall;
  
  ListSessions(argument: _atrium_identity_v1_ListSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _atrium_identity_v1_ListSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _atrium_identity_v1_ListSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _atrium_identity_v1_ListSessionsRequest, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _atrium_identity_v1_ListSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _atrium_identity_v1_ListSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _atrium_identity_v1_ListSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _atrium_identity_v1_ListSessionsRequest, callback: grpc.requestCallback<_atrium_identity_v1_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _atrium_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _atrium_identity_v1_LoginRequest, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _atrium_identity_v1_LoginRequest, callback: grpc.requestCallback<_atrium_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  Logout(argument: _atrium_identity_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _atrium_identity_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _atrium_identity_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _atrium_identity_v1_LogoutRequest, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _atrium_identity_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _atrium_identity_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _atrium_identity_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _atrium_identity_v1_LogoutRequest, callback: grpc.requestCallback<_atrium_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  
  ProvisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  ProvisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  ProvisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  ProvisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  provisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  provisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  provisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  provisionInvitedUser(argument: _atrium_identity_v1_ProvisionInvitedUserRequest, callback: grpc.requestCallback<_atrium_identity_v1_ProvisionInvitedUserResponse__Output>): grpc.ClientUnaryCall;
  
  Refresh(argument: _atrium_identity_v1_RefreshRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _atrium_identity_v1_RefreshRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _atrium_identity_v1_RefreshRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _atrium_identity_v1_RefreshRequest, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _atrium_identity_v1_RefreshRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _atrium_identity_v1_RefreshRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _atrium_identity_v1_RefreshRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _atrium_identity_v1_RefreshRequest, callback: grpc.requestCallback<_atrium_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  RemoveAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  RemoveAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  RemoveAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  removeAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  removeAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  removeAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  removeAvatar(argument: _atrium_identity_v1_RemoveAvatarRequest, callback: grpc.requestCallback<_atrium_identity_v1_RemoveAvatarResponse__Output>): grpc.ClientUnaryCall;
  
  RequestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _atrium_identity_v1_RequestPasswordResetRequest, callback: grpc.requestCallback<_atrium_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  RevokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  RevokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  RevokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _atrium_identity_v1_RevokeApiKeyRequest, callback: grpc.requestCallback<_atrium_identity_v1_RevokeApiKeyResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  RevokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  RevokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  RevokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _atrium_identity_v1_RevokeSessionRequest, callback: grpc.requestCallback<_atrium_identity_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  
  SetAvatar(argument: _atrium_identity_v1_SetAvatarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  SetAvatar(argument: _atrium_identity_v1_SetAvatarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  SetAvatar(argument: _atrium_identity_v1_SetAvatarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  SetAvatar(argument: _atrium_identity_v1_SetAvatarRequest, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  setAvatar(argument: _atrium_identity_v1_SetAvatarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  setAvatar(argument: _atrium_identity_v1_SetAvatarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  setAvatar(argument: _atrium_identity_v1_SetAvatarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  setAvatar(argument: _atrium_identity_v1_SetAvatarRequest, callback: grpc.requestCallback<_atrium_identity_v1_SetAvatarResponse__Output>): grpc.ClientUnaryCall;
  
  SignUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _atrium_identity_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _atrium_identity_v1_SignUpRequest, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _atrium_identity_v1_SignUpRequest, callback: grpc.requestCallback<_atrium_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  
  UnlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  UnlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  UnlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  UnlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  unlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  unlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  unlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  unlockLogin(argument: _atrium_identity_v1_UnlockLoginRequest, callback: grpc.requestCallback<_atrium_identity_v1_UnlockLoginResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateUser(argument: _atrium_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _atrium_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _atrium_identity_v1_UpdateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _atrium_identity_v1_UpdateUserRequest, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _atrium_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _atrium_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _atrium_identity_v1_UpdateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _atrium_identity_v1_UpdateUserRequest, callback: grpc.requestCallback<_atrium_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  
  VerifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  VerifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  VerifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  VerifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  verifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  verifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  verifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  verifyApiKey(argument: _atrium_identity_v1_VerifyApiKeyRequest, callback: grpc.requestCallback<_atrium_identity_v1_VerifyApiKeyResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  AcceptInvitation: grpc.handleUnaryCall<_atrium_identity_v1_AcceptInvitationRequest__Output, _atrium_identity_v1_AcceptInvitationResponse>;
  
  ChangePassword: grpc.handleUnaryCall<_atrium_identity_v1_ChangePasswordRequest__Output, _atrium_identity_v1_ChangePasswordResponse>;
  
  ConfirmPasswordReset: grpc.handleUnaryCall<_atrium_identity_v1_ConfirmPasswordResetRequest__Output, _atrium_identity_v1_ConfirmPasswordResetResponse>;
  
  CreateApiKey: grpc.handleUnaryCall<_atrium_identity_v1_CreateApiKeyRequest__Output, _atrium_identity_v1_CreateApiKeyResponse>;
  
  CreateClientUserWithPassword: grpc.handleUnaryCall<_atrium_identity_v1_CreateClientUserWithPasswordRequest__Output, _atrium_identity_v1_CreateClientUserWithPasswordResponse>;
  
  GetAvatar: grpc.handleUnaryCall<_atrium_identity_v1_GetAvatarRequest__Output, _atrium_identity_v1_GetAvatarResponse>;
  
  GetJwks: grpc.handleUnaryCall<_atrium_identity_v1_GetJwksRequest__Output, _atrium_identity_v1_GetJwksResponse>;
  
  GetUser: grpc.handleUnaryCall<_atrium_identity_v1_GetUserRequest__Output, _atrium_identity_v1_GetUserResponse>;
  
  IssueSwitchToken: grpc.handleUnaryCall<_atrium_identity_v1_IssueSwitchTokenRequest__Output, _atrium_identity_v1_IssueSwitchTokenResponse>;
  
  ListApiKeys: grpc.handleUnaryCall<_atrium_identity_v1_ListApiKeysRequest__Output, _atrium_identity_v1_ListApiKeysResponse>;
  
  ListSessions: grpc.handleUnaryCall<_atrium_identity_v1_ListSessionsRequest__Output, _atrium_identity_v1_ListSessionsResponse>;
  
  Login: grpc.handleUnaryCall<_atrium_identity_v1_LoginRequest__Output, _atrium_identity_v1_LoginResponse>;
  
  Logout: grpc.handleUnaryCall<_atrium_identity_v1_LogoutRequest__Output, _atrium_identity_v1_LogoutResponse>;
  
  ProvisionInvitedUser: grpc.handleUnaryCall<_atrium_identity_v1_ProvisionInvitedUserRequest__Output, _atrium_identity_v1_ProvisionInvitedUserResponse>;
  
  Refresh: grpc.handleUnaryCall<_atrium_identity_v1_RefreshRequest__Output, _atrium_identity_v1_RefreshResponse>;
  
  RemoveAvatar: grpc.handleUnaryCall<_atrium_identity_v1_RemoveAvatarRequest__Output, _atrium_identity_v1_RemoveAvatarResponse>;
  
  RequestPasswordReset: grpc.handleUnaryCall<_atrium_identity_v1_RequestPasswordResetRequest__Output, _atrium_identity_v1_RequestPasswordResetResponse>;
  
  RevokeApiKey: grpc.handleUnaryCall<_atrium_identity_v1_RevokeApiKeyRequest__Output, _atrium_identity_v1_RevokeApiKeyResponse>;
  
  RevokeSession: grpc.handleUnaryCall<_atrium_identity_v1_RevokeSessionRequest__Output, _atrium_identity_v1_RevokeSessionResponse>;
  
  SetAvatar: grpc.handleUnaryCall<_atrium_identity_v1_SetAvatarRequest__Output, _atrium_identity_v1_SetAvatarResponse>;
  
  SignUp: grpc.handleUnaryCall<_atrium_identity_v1_SignUpRequest__Output, _atrium_identity_v1_SignUpResponse>;
  
  UnlockLogin: grpc.handleUnaryCall<_atrium_identity_v1_UnlockLoginRequest__Output, _atrium_identity_v1_UnlockLoginResponse>;
  
  UpdateUser: grpc.handleUnaryCall<_atrium_identity_v1_UpdateUserRequest__Output, _atrium_identity_v1_UpdateUserResponse>;
  
  VerifyApiKey: grpc.handleUnaryCall<_atrium_identity_v1_VerifyApiKeyRequest__Output, _atrium_identity_v1_VerifyApiKeyResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  AcceptInvitation: MethodDefinition<_atrium_identity_v1_AcceptInvitationRequest, _atrium_identity_v1_AcceptInvitationResponse, _atrium_identity_v1_AcceptInvitationRequest__Output, _atrium_identity_v1_AcceptInvitationResponse__Output>
  ChangePassword: MethodDefinition<_atrium_identity_v1_ChangePasswordRequest, _atrium_identity_v1_ChangePasswordResponse, _atrium_identity_v1_ChangePasswordRequest__Output, _atrium_identity_v1_ChangePasswordResponse__Output>
  ConfirmPasswordReset: MethodDefinition<_atrium_identity_v1_ConfirmPasswordResetRequest, _atrium_identity_v1_ConfirmPasswordResetResponse, _atrium_identity_v1_ConfirmPasswordResetRequest__Output, _atrium_identity_v1_ConfirmPasswordResetResponse__Output>
  CreateApiKey: MethodDefinition<_atrium_identity_v1_CreateApiKeyRequest, _atrium_identity_v1_CreateApiKeyResponse, _atrium_identity_v1_CreateApiKeyRequest__Output, _atrium_identity_v1_CreateApiKeyResponse__Output>
  CreateClientUserWithPassword: MethodDefinition<_atrium_identity_v1_CreateClientUserWithPasswordRequest, _atrium_identity_v1_CreateClientUserWithPasswordResponse, _atrium_identity_v1_CreateClientUserWithPasswordRequest__Output, _atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>
  GetAvatar: MethodDefinition<_atrium_identity_v1_GetAvatarRequest, _atrium_identity_v1_GetAvatarResponse, _atrium_identity_v1_GetAvatarRequest__Output, _atrium_identity_v1_GetAvatarResponse__Output>
  GetJwks: MethodDefinition<_atrium_identity_v1_GetJwksRequest, _atrium_identity_v1_GetJwksResponse, _atrium_identity_v1_GetJwksRequest__Output, _atrium_identity_v1_GetJwksResponse__Output>
  GetUser: MethodDefinition<_atrium_identity_v1_GetUserRequest, _atrium_identity_v1_GetUserResponse, _atrium_identity_v1_GetUserRequest__Output, _atrium_identity_v1_GetUserResponse__Output>
  IssueSwitchToken: MethodDefinition<_atrium_identity_v1_IssueSwitchTokenRequest, _atrium_identity_v1_IssueSwitchTokenResponse, _atrium_identity_v1_IssueSwitchTokenRequest__Output, _atrium_identity_v1_IssueSwitchTokenResponse__Output>
  ListApiKeys: MethodDefinition<_atrium_identity_v1_ListApiKeysRequest, _atrium_identity_v1_ListApiKeysResponse, _atrium_identity_v1_ListApiKeysRequest__Output, _atrium_identity_v1_ListApiKeysResponse__Output>
  ListSessions: MethodDefinition<_atrium_identity_v1_ListSessionsRequest, _atrium_identity_v1_ListSessionsResponse, _atrium_identity_v1_ListSessionsRequest__Output, _atrium_identity_v1_ListSessionsResponse__Output>
  Login: MethodDefinition<_atrium_identity_v1_LoginRequest, _atrium_identity_v1_LoginResponse, _atrium_identity_v1_LoginRequest__Output, _atrium_identity_v1_LoginResponse__Output>
  Logout: MethodDefinition<_atrium_identity_v1_LogoutRequest, _atrium_identity_v1_LogoutResponse, _atrium_identity_v1_LogoutRequest__Output, _atrium_identity_v1_LogoutResponse__Output>
  ProvisionInvitedUser: MethodDefinition<_atrium_identity_v1_ProvisionInvitedUserRequest, _atrium_identity_v1_ProvisionInvitedUserResponse, _atrium_identity_v1_ProvisionInvitedUserRequest__Output, _atrium_identity_v1_ProvisionInvitedUserResponse__Output>
  Refresh: MethodDefinition<_atrium_identity_v1_RefreshRequest, _atrium_identity_v1_RefreshResponse, _atrium_identity_v1_RefreshRequest__Output, _atrium_identity_v1_RefreshResponse__Output>
  RemoveAvatar: MethodDefinition<_atrium_identity_v1_RemoveAvatarRequest, _atrium_identity_v1_RemoveAvatarResponse, _atrium_identity_v1_RemoveAvatarRequest__Output, _atrium_identity_v1_RemoveAvatarResponse__Output>
  RequestPasswordReset: MethodDefinition<_atrium_identity_v1_RequestPasswordResetRequest, _atrium_identity_v1_RequestPasswordResetResponse, _atrium_identity_v1_RequestPasswordResetRequest__Output, _atrium_identity_v1_RequestPasswordResetResponse__Output>
  RevokeApiKey: MethodDefinition<_atrium_identity_v1_RevokeApiKeyRequest, _atrium_identity_v1_RevokeApiKeyResponse, _atrium_identity_v1_RevokeApiKeyRequest__Output, _atrium_identity_v1_RevokeApiKeyResponse__Output>
  RevokeSession: MethodDefinition<_atrium_identity_v1_RevokeSessionRequest, _atrium_identity_v1_RevokeSessionResponse, _atrium_identity_v1_RevokeSessionRequest__Output, _atrium_identity_v1_RevokeSessionResponse__Output>
  SetAvatar: MethodDefinition<_atrium_identity_v1_SetAvatarRequest, _atrium_identity_v1_SetAvatarResponse, _atrium_identity_v1_SetAvatarRequest__Output, _atrium_identity_v1_SetAvatarResponse__Output>
  SignUp: MethodDefinition<_atrium_identity_v1_SignUpRequest, _atrium_identity_v1_SignUpResponse, _atrium_identity_v1_SignUpRequest__Output, _atrium_identity_v1_SignUpResponse__Output>
  UnlockLogin: MethodDefinition<_atrium_identity_v1_UnlockLoginRequest, _atrium_identity_v1_UnlockLoginResponse, _atrium_identity_v1_UnlockLoginRequest__Output, _atrium_identity_v1_UnlockLoginResponse__Output>
  UpdateUser: MethodDefinition<_atrium_identity_v1_UpdateUserRequest, _atrium_identity_v1_UpdateUserResponse, _atrium_identity_v1_UpdateUserRequest__Output, _atrium_identity_v1_UpdateUserResponse__Output>
  VerifyApiKey: MethodDefinition<_atrium_identity_v1_VerifyApiKeyRequest, _atrium_identity_v1_VerifyApiKeyResponse, _atrium_identity_v1_VerifyApiKeyRequest__Output, _atrium_identity_v1_VerifyApiKeyResponse__Output>
}
