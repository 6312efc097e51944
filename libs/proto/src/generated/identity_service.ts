import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcceptInvitationRequest as _atrium_identity_v1_AcceptInvitationRequest, AcceptInvitationRequest__Output as _atrium_identity_v1_AcceptInvitationRequest__Output } from './atrium/identity/v1/AcceptInvitationRequest';
import type { AcceptInvitationResponse as _atrium_identity_v1_AcceptInvitationResponse, AcceptInvitationResponse__Output as _atrium_identity_v1_AcceptInvitationResponse__Output } from './atrium/identity/v1/AcceptInvitationResponse';
import type { AgencyRef as _atrium_identity_v1_AgencyRef, AgencyRef__Output as _atrium_identity_v1_AgencyRef__Output } from './atrium/identity/v1/AgencyRef';
import type { ApiKey as _atrium_identity_v1_ApiKey, ApiKey__Output as _atrium_identity_v1_ApiKey__Output } from './atrium/identity/v1/ApiKey';
import type { ChangePasswordRequest as _atrium_identity_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _atrium_identity_v1_ChangePasswordRequest__Output } from './atrium/identity/v1/ChangePasswordRequest';
import type { ChangePasswordResponse as _atrium_identity_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _atrium_identity_v1_ChangePasswordResponse__Output } from './atrium/identity/v1/ChangePasswordResponse';
import type { ConfirmPasswordResetRequest as _atrium_identity_v1_ConfirmPasswordResetRequest, ConfirmPasswordResetRequest__Output as _atrium_identity_v1_ConfirmPasswordResetRequest__Output } from './atrium/identity/v1/ConfirmPasswordResetRequest';
import type { ConfirmPasswordResetResponse as _atrium_identity_v1_ConfirmPasswordResetResponse, ConfirmPasswordResetResponse__Output as _atrium_identity_v1_ConfirmPasswordResetResponse__Output } from './atrium/identity/v1/ConfirmPasswordResetResponse';
import type { CreateApiKeyRequest as _atrium_identity_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _atrium_identity_v1_CreateApiKeyRequest__Output } from './atrium/identity/v1/CreateApiKeyRequest';
import type { CreateApiKeyResponse as _atrium_identity_v1_CreateApiKeyResponse, CreateApiKeyResponse__Output as _atrium_identity_v1_CreateApiKeyResponse__Output } from './atrium/identity/v1/CreateApiKeyResponse';
import type { CreateClientUserWithPasswordRequest as _atrium_identity_v1_CreateClientUserWithPasswordRequest, CreateClientUserWithPasswordRequest__Output as _atrium_identity_v1_CreateClientUserWithPasswordRequest__Output } from './atrium/identity/v1/CreateClientUserWithPasswordRequest';
import type { CreateClientUserWithPasswordResponse as _atrium_identity_v1_CreateClientUserWithPasswordResponse, CreateClientUserWithPasswordResponse__Output as _atrium_identity_v1_CreateClientUserWithPasswordResponse__Output } from './atrium/identity/v1/CreateClientUserWithPasswordResponse';
import type { GetAvatarRequest as _atrium_identity_v1_GetAvatarRequest, GetAvatarRequest__Output as _atrium_identity_v1_GetAvatarRequest__Output } from './atrium/identity/v1/GetAvatarRequest';
import type { GetAvatarResponse as _atrium_identity_v1_GetAvatarResponse, GetAvatarResponse__Output as _atrium_identity_v1_GetAvatarResponse__Output } from './atrium/identity/v1/GetAvatarResponse';
import type { GetJwksRequest as _atrium_identity_v1_GetJwksRequest, GetJwksRequest__Output as _atrium_identity_v1_GetJwksRequest__Output } from './atrium/identity/v1/GetJwksRequest';
import type { GetJwksResponse as _atrium_identity_v1_GetJwksResponse, GetJwksResponse__Output as _atrium_identity_v1_GetJwksResponse__Output } from './atrium/identity/v1/GetJwksResponse';
import type { GetUserRequest as _atrium_identity_v1_GetUserRequest, GetUserRequest__Output as _atrium_identity_v1_GetUserRequest__Output } from './atrium/identity/v1/GetUserRequest';
import type { GetUserResponse as _atrium_identity_v1_GetUserResponse, GetUserResponse__Output as _atrium_identity_v1_GetUserResponse__Output } from './atrium/identity/v1/GetUserResponse';
import type { IdentityServiceClient as _atrium_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _atrium_identity_v1_IdentityServiceDefinition } from './atrium/identity/v1/IdentityService';
import type { IssueSwitchTokenRequest as _atrium_identity_v1_IssueSwitchTokenRequest, IssueSwitchTokenRequest__Output as _atrium_identity_v1_IssueSwitchTokenRequest__Output } from './atrium/identity/v1/IssueSwitchTokenRequest';
import type { IssueSwitchTokenResponse as _atrium_identity_v1_IssueSwitchTokenResponse, IssueSwitchTokenResponse__Output as _atrium_identity_v1_IssueSwitchTokenResponse__Output } from './atrium/identity/v1/IssueSwitchTokenResponse';
import type { ListApiKeysRequest as _atrium_identity_v1_ListApiKeysRequest, ListApiKeysRequest__Output as _atrium_identity_v1_ListApiKeysRequest__Output } from './atrium/identity/v1/ListApiKeysRequest';
import type { ListApiKeysResponse as _atrium_identity_v1_ListApiKeysResponse, ListApiKeysResponse__Output as _atrium_identity_v1_ListApiKeysResponse__Output } from './atrium/identity/v1/ListApiKeysResponse';
import type { ListSessionsRequest as _atrium_identity_v1_ListSessionsRequest, ListSessionsRequest__Output as _atrium_identity_v1_ListSessionsRequest__Output } from './atrium/identity/v1/ListSessionsRequest';
import type { ListSessionsResponse as _atrium_identity_v1_ListSessionsResponse, ListSessionsResponse__Output as _atrium_identity_v1_ListSessionsResponse__Output } from './atrium/identity/v1/ListSessionsResponse';
import type { LoginRequest as _atrium_identity_v1_LoginRequest, LoginRequest__Output as _atrium_identity_v1_LoginRequest__Output } from './atrium/identity/v1/LoginRequest';
import type { LoginResponse as _atrium_identity_v1_LoginResponse, LoginResponse__Output as _atrium_identity_v1_LoginResponse__Output } from './atrium/identity/v1/LoginResponse';
import type { LogoutRequest as _atrium_identity_v1_LogoutRequest, LogoutRequest__Output as _atrium_identity_v1_LogoutRequest__Output } from './atrium/identity/v1/LogoutRequest';
import type { LogoutResponse as _atrium_identity_v1_LogoutResponse, LogoutResponse__Output as _atrium_identity_v1_LogoutResponse__Output } from './atrium/identity/v1/LogoutResponse';
import type { ProvisionInvitedUserRequest as _atrium_identity_v1_ProvisionInvitedUserRequest, ProvisionInvitedUserRequest__Output as _atrium_identity_v1_ProvisionInvitedUserRequest__Output } from './atrium/identity/v1/ProvisionInvitedUserRequest';
import type { ProvisionInvitedUserResponse as _atrium_identity_v1_ProvisionInvitedUserResponse, ProvisionInvitedUserResponse__Output as _atrium_identity_v1_ProvisionInvitedUserResponse__Output } from './atrium/identity/v1/ProvisionInvitedUserResponse';
import type { RefreshRequest as _atrium_identity_v1_RefreshRequest, RefreshRequest__Output as _atrium_identity_v1_RefreshRequest__Output } from './atrium/identity/v1/RefreshRequest';
import type { RefreshResponse as _atrium_identity_v1_RefreshResponse, RefreshResponse__Output as _atrium_identity_v1_RefreshResponse__Output } from './atrium/identity/v1/RefreshResponse';
import type { RemoveAvatarRequest as _atrium_identity_v1_RemoveAvatarRequest, RemoveAvatarRequest__Output as _atrium_identity_v1_RemoveAvatarRequest__Output } from './atrium/identity/v1/RemoveAvatarRequest';
import type { RemoveAvatarResponse as _atrium_identity_v1_RemoveAvatarResponse, RemoveAvatarResponse__Output as _atrium_identity_v1_RemoveAvatarResponse__Output } from './atrium/identity/v1/RemoveAvatarResponse';
import type { RequestPasswordResetRequest as _atrium_identity_v1_RequestPasswordResetRequest, RequestPasswordResetRequest__Output as _atrium_identity_v1_RequestPasswordResetRequest__Output } from './atrium/identity/v1/RequestPasswordResetRequest';
import type { RequestPasswordResetResponse as _atrium_identity_v1_RequestPasswordResetResponse, RequestPasswordResetResponse__Output as _atrium_identity_v1_RequestPasswordResetResponse__Output } from './atrium/identity/v1/RequestPasswordResetResponse';
import type { RevokeApiKeyRequest as _atrium_identity_v1_RevokeApiKeyRequest, RevokeApiKeyRequest__Output as _atrium_identity_v1_RevokeApiKeyRequest__Output } from './atrium/identity/v1/RevokeApiKeyRequest';
import type { RevokeApiKeyResponse as _atrium_identity_v1_RevokeApiKeyResponse, RevokeApiKeyResponse__Output as _atrium_identity_v1_RevokeApiKeyResponse__Output } from './atrium/identity/v1/RevokeApiKeyResponse';
import type { RevokeSessionRequest as _atrium_identity_v1_RevokeSessionRequest, RevokeSessionRequest__Output as _atrium_identity_v1_RevokeSessionRequest__Output } from './atrium/identity/v1/RevokeSessionRequest';
import type { RevokeSessionResponse as _atrium_identity_v1_RevokeSessionResponse, RevokeSessionResponse__Output as _atrium_identity_v1_RevokeSessionResponse__Output } from './atrium/identity/v1/RevokeSessionResponse';
import type { Session as _atrium_identity_v1_Session, Session__Output as _atrium_identity_v1_Session__Output } from './atrium/identity/v1/Session';
import type { SetAvatarRequest as _atrium_identity_v1_SetAvatarRequest, SetAvatarRequest__Output as _atrium_identity_v1_SetAvatarRequest__Output } from './atrium/identity/v1/SetAvatarRequest';
import type { SetAvatarResponse as _atrium_identity_v1_SetAvatarResponse, SetAvatarResponse__Output as _atrium_identity_v1_SetAvatarResponse__Output } from './atrium/identity/v1/SetAvatarResponse';
import type { SignUpRequest as _atrium_identity_v1_SignUpRequest, SignUpRequest__Output as _atrium_identity_v1_SignUpRequest__Output } from './atrium/identity/v1/SignUpRequest';
import type { SignUpResponse as _atrium_identity_v1_SignUpResponse, SignUpResponse__Output as _atrium_identity_v1_SignUpResponse__Output } from './atrium/identity/v1/SignUpResponse';
import type { TokenPair as _atrium_identity_v1_TokenPair, TokenPair__Output as _atrium_identity_v1_TokenPair__Output } from './atrium/identity/v1/TokenPair';
import type { UnlockLoginRequest as _atrium_identity_v1_UnlockLoginRequest, UnlockLoginRequest__Output as _atrium_identity_v1_UnlockLoginRequest__Output } from './atrium/identity/v1/UnlockLoginRequest';
import type { UnlockLoginResponse as _atrium_identity_v1_UnlockLoginResponse, UnlockLoginResponse__Output as _atrium_identity_v1_UnlockLoginResponse__Output } from './atrium/identity/v1/UnlockLoginResponse';
import type { UpdateUserRequest as _atrium_identity_v1_UpdateUserRequest, UpdateUserRequest__Output as _atrium_identity_v1_UpdateUserRequest__Output } from './atrium/identity/v1/UpdateUserRequest';
import type { UpdateUserResponse as _atrium_identity_v1_UpdateUserResponse, UpdateUserResponse__Output as _atrium_identity_v1_UpdateUserResponse__Output } from './atrium/identity/v1/UpdateUserResponse';
import type { User as _atrium_identity_v1_User, User__Output as _atrium_identity_v1_User__Output } from './atrium/identity/v1/User';
import type { VerifyApiKeyRequest as _atrium_identity_v1_VerifyApiKeyRequest, VerifyApiKeyRequest__Output as _atrium_identity_v1_VerifyApiKeyRequest__Output } from './atrium/identity/v1/VerifyApiKeyRequest';
import type { VerifyApiKeyResponse as _atrium_identity_v1_VerifyApiKeyResponse, VerifyApiKeyResponse__Output as _atrium_identity_v1_VerifyApiKeyResponse__Output } from './atrium/identity/v1/VerifyApiKeyResponse';
import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from './atrium/tenancy/v1/Agency';
import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from './atrium/tenancy/v1/AgencyAddress';
import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from './atrium/tenancy/v1/AgencyRole';
import type { AuditActor as _atrium_tenancy_v1_AuditActor, AuditActor__Output as _atrium_tenancy_v1_AuditActor__Output } from './atrium/tenancy/v1/AuditActor';
import type { AuditEntry as _atrium_tenancy_v1_AuditEntry, AuditEntry__Output as _atrium_tenancy_v1_AuditEntry__Output } from './atrium/tenancy/v1/AuditEntry';
import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from './atrium/tenancy/v1/Client';
import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from './atrium/tenancy/v1/ClientCounters';
import type { ClientListItem as _atrium_tenancy_v1_ClientListItem, ClientListItem__Output as _atrium_tenancy_v1_ClientListItem__Output } from './atrium/tenancy/v1/ClientListItem';
import type { ClientRoleGrant as _atrium_tenancy_v1_ClientRoleGrant, ClientRoleGrant__Output as _atrium_tenancy_v1_ClientRoleGrant__Output } from './atrium/tenancy/v1/ClientRoleGrant';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from './atrium/tenancy/v1/ClientSettings';
import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from './atrium/tenancy/v1/ClientUser';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from './atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from './atrium/tenancy/v1/ContactPerson';
import type { CustomField as _atrium_tenancy_v1_CustomField, CustomField__Output as _atrium_tenancy_v1_CustomField__Output } from './atrium/tenancy/v1/CustomField';
import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from './atrium/tenancy/v1/CustomProperty';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from './atrium/tenancy/v1/Invitation';
import type { Job as _atrium_tenancy_v1_Job, Job__Output as _atrium_tenancy_v1_Job__Output } from './atrium/tenancy/v1/Job';
import type { Member as _atrium_tenancy_v1_Member, Member__Output as _atrium_tenancy_v1_Member__Output } from './atrium/tenancy/v1/Member';
import type { Permission as _atrium_tenancy_v1_Permission, Permission__Output as _atrium_tenancy_v1_Permission__Output } from './atrium/tenancy/v1/Permission';
import type { PublicBranding as _atrium_tenancy_v1_PublicBranding, PublicBranding__Output as _atrium_tenancy_v1_PublicBranding__Output } from './atrium/tenancy/v1/PublicBranding';
import type { Role as _atrium_tenancy_v1_Role, Role__Output as _atrium_tenancy_v1_Role__Output } from './atrium/tenancy/v1/Role';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    identity: {
      v1: {
        AcceptInvitationRequest: MessageTypeDefinition<_atrium_identity_v1_AcceptInvitationRequest, _atrium_identity_v1_AcceptInvitationRequest__Output>
        AcceptInvitationResponse: MessageTypeDefinition<_atrium_identity_v1_AcceptInvitationResponse, _atrium_identity_v1_AcceptInvitationResponse__Output>
        AgencyRef: MessageTypeDefinition<_atrium_identity_v1_AgencyRef, _atrium_identity_v1_AgencyRef__Output>
        ApiKey: MessageTypeDefinition<_atrium_identity_v1_ApiKey, _atrium_identity_v1_ApiKey__Output>
        ChangePasswordRequest: MessageTypeDefinition<_atrium_identity_v1_ChangePasswordRequest, _atrium_identity_v1_ChangePasswordRequest__Output>
        ChangePasswordResponse: MessageTypeDefinition<_atrium_identity_v1_ChangePasswordResponse, _atrium_identity_v1_ChangePasswordResponse__Output>
        ConfirmPasswordResetRequest: MessageTypeDefinition<_atrium_identity_v1_ConfirmPasswordResetRequest, _atrium_identity_v1_ConfirmPasswordResetRequest__Output>
        ConfirmPasswordResetResponse: MessageTypeDefinition<_atrium_identity_v1_ConfirmPasswordResetResponse, _atrium_identity_v1_ConfirmPasswordResetResponse__Output>
        CreateApiKeyRequest: MessageTypeDefinition<_atrium_identity_v1_CreateApiKeyRequest, _atrium_identity_v1_CreateApiKeyRequest__Output>
        CreateApiKeyResponse: MessageTypeDefinition<_atrium_identity_v1_CreateApiKeyResponse, _atrium_identity_v1_CreateApiKeyResponse__Output>
        CreateClientUserWithPasswordRequest: MessageTypeDefinition<_atrium_identity_v1_CreateClientUserWithPasswordRequest, _atrium_identity_v1_CreateClientUserWithPasswordRequest__Output>
        CreateClientUserWithPasswordResponse: MessageTypeDefinition<_atrium_identity_v1_CreateClientUserWithPasswordResponse, _atrium_identity_v1_CreateClientUserWithPasswordResponse__Output>
        GetAvatarRequest: MessageTypeDefinition<_atrium_identity_v1_GetAvatarRequest, _atrium_identity_v1_GetAvatarRequest__Output>
        GetAvatarResponse: MessageTypeDefinition<_atrium_identity_v1_GetAvatarResponse, _atrium_identity_v1_GetAvatarResponse__Output>
        GetJwksRequest: MessageTypeDefinition<_atrium_identity_v1_GetJwksRequest, _atrium_identity_v1_GetJwksRequest__Output>
        GetJwksResponse: MessageTypeDefinition<_atrium_identity_v1_GetJwksResponse, _atrium_identity_v1_GetJwksResponse__Output>
        GetUserRequest: MessageTypeDefinition<_atrium_identity_v1_GetUserRequest, _atrium_identity_v1_GetUserRequest__Output>
        GetUserResponse: MessageTypeDefinition<_atrium_identity_v1_GetUserResponse, _atrium_identity_v1_GetUserResponse__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _atrium_identity_v1_IdentityServiceClient> & { service: _atrium_identity_v1_IdentityServiceDefinition }
        IssueSwitchTokenRequest: MessageTypeDefinition<_atrium_identity_v1_IssueSwitchTokenRequest, _atrium_identity_v1_IssueSwitchTokenRequest__Output>
        IssueSwitchTokenResponse: MessageTypeDefinition<_atrium_identity_v1_IssueSwitchTokenResponse, _atrium_identity_v1_IssueSwitchTokenResponse__Output>
        ListApiKeysRequest: MessageTypeDefinition<_atrium_identity_v1_ListApiKeysRequest, _atrium_identity_v1_ListApiKeysRequest__Output>
        ListApiKeysResponse: MessageTypeDefinition<_atrium_identity_v1_ListApiKeysResponse, _atrium_identity_v1_ListApiKeysResponse__Output>
        ListSessionsRequest: MessageTypeDefinition<_atrium_identity_v1_ListSessionsRequest, _atrium_identity_v1_ListSessionsRequest__Output>
        ListSessionsResponse: MessageTypeDefinition<_atrium_identity_v1_ListSessionsResponse, _atrium_identity_v1_ListSessionsResponse__Output>
        LoginRequest: MessageTypeDefinition<_atrium_identity_v1_LoginRequest, _atrium_identity_v1_LoginRequest__Output>
        LoginResponse: MessageTypeDefinition<_atrium_identity_v1_LoginResponse, _atrium_identity_v1_LoginResponse__Output>
        LogoutRequest: MessageTypeDefinition<_atrium_identity_v1_LogoutRequest, _atrium_identity_v1_LogoutRequest__Output>
        LogoutResponse: MessageTypeDefinition<_atrium_identity_v1_LogoutResponse, _atrium_identity_v1_LogoutResponse__Output>
        ProvisionInvitedUserRequest: MessageTypeDefinition<_atrium_identity_v1_ProvisionInvitedUserRequest, _atrium_identity_v1_ProvisionInvitedUserRequest__Output>
        ProvisionInvitedUserResponse: MessageTypeDefinition<_atrium_identity_v1_ProvisionInvitedUserResponse, _atrium_identity_v1_ProvisionInvitedUserResponse__Output>
        RefreshRequest: MessageTypeDefinition<_atrium_identity_v1_RefreshRequest, _atrium_identity_v1_RefreshRequest__Output>
        RefreshResponse: MessageTypeDefinition<_atrium_identity_v1_RefreshResponse, _atrium_identity_v1_RefreshResponse__Output>
        RemoveAvatarRequest: MessageTypeDefinition<_atrium_identity_v1_RemoveAvatarRequest, _atrium_identity_v1_RemoveAvatarRequest__Output>
        RemoveAvatarResponse: MessageTypeDefinition<_atrium_identity_v1_RemoveAvatarResponse, _atrium_identity_v1_RemoveAvatarResponse__Output>
        RequestPasswordResetRequest: MessageTypeDefinition<_atrium_identity_v1_RequestPasswordResetRequest, _atrium_identity_v1_RequestPasswordResetRequest__Output>
        RequestPasswordResetResponse: MessageTypeDefinition<_atrium_identity_v1_RequestPasswordResetResponse, _atrium_identity_v1_RequestPasswordResetResponse__Output>
        RevokeApiKeyRequest: MessageTypeDefinition<_atrium_identity_v1_RevokeApiKeyRequest, _atrium_identity_v1_RevokeApiKeyRequest__Output>
        RevokeApiKeyResponse: MessageTypeDefinition<_atrium_identity_v1_RevokeApiKeyResponse, _atrium_identity_v1_RevokeApiKeyResponse__Output>
        RevokeSessionRequest: MessageTypeDefinition<_atrium_identity_v1_RevokeSessionRequest, _atrium_identity_v1_RevokeSessionRequest__Output>
        RevokeSessionResponse: MessageTypeDefinition<_atrium_identity_v1_RevokeSessionResponse, _atrium_identity_v1_RevokeSessionResponse__Output>
        Session: MessageTypeDefinition<_atrium_identity_v1_Session, _atrium_identity_v1_Session__Output>
        SetAvatarRequest: MessageTypeDefinition<_atrium_identity_v1_SetAvatarRequest, _atrium_identity_v1_SetAvatarRequest__Output>
        SetAvatarResponse: MessageTypeDefinition<_atrium_identity_v1_SetAvatarResponse, _atrium_identity_v1_SetAvatarResponse__Output>
        SignUpRequest: MessageTypeDefinition<_atrium_identity_v1_SignUpRequest, _atrium_identity_v1_SignUpRequest__Output>
        SignUpResponse: MessageTypeDefinition<_atrium_identity_v1_SignUpResponse, _atrium_identity_v1_SignUpResponse__Output>
        TokenPair: MessageTypeDefinition<_atrium_identity_v1_TokenPair, _atrium_identity_v1_TokenPair__Output>
        UnlockLoginRequest: MessageTypeDefinition<_atrium_identity_v1_UnlockLoginRequest, _atrium_identity_v1_UnlockLoginRequest__Output>
        UnlockLoginResponse: MessageTypeDefinition<_atrium_identity_v1_UnlockLoginResponse, _atrium_identity_v1_UnlockLoginResponse__Output>
        UpdateUserRequest: MessageTypeDefinition<_atrium_identity_v1_UpdateUserRequest, _atrium_identity_v1_UpdateUserRequest__Output>
        UpdateUserResponse: MessageTypeDefinition<_atrium_identity_v1_UpdateUserResponse, _atrium_identity_v1_UpdateUserResponse__Output>
        User: MessageTypeDefinition<_atrium_identity_v1_User, _atrium_identity_v1_User__Output>
        VerifyApiKeyRequest: MessageTypeDefinition<_atrium_identity_v1_VerifyApiKeyRequest, _atrium_identity_v1_VerifyApiKeyRequest__Output>
        VerifyApiKeyResponse: MessageTypeDefinition<_atrium_identity_v1_VerifyApiKeyResponse, _atrium_identity_v1_VerifyApiKeyResponse__Output>
      }
    }
    tenancy: {
      v1: {
        AccountType: EnumTypeDefinition
        Agency: MessageTypeDefinition<_atrium_tenancy_v1_Agency, _atrium_tenancy_v1_Agency__Output>
        AgencyAddress: MessageTypeDefinition<_atrium_tenancy_v1_AgencyAddress, _atrium_tenancy_v1_AgencyAddress__Output>
        AgencyRole: MessageTypeDefinition<_atrium_tenancy_v1_AgencyRole, _atrium_tenancy_v1_AgencyRole__Output>
        AgencyRoleKind: EnumTypeDefinition
        AuditActor: MessageTypeDefinition<_atrium_tenancy_v1_AuditActor, _atrium_tenancy_v1_AuditActor__Output>
        AuditActorKind: EnumTypeDefinition
        AuditEntry: MessageTypeDefinition<_atrium_tenancy_v1_AuditEntry, _atrium_tenancy_v1_AuditEntry__Output>
        BillingMode: EnumTypeDefinition
        BuiltInAgencyRole: EnumTypeDefinition
        Client: MessageTypeDefinition<_atrium_tenancy_v1_Client, _atrium_tenancy_v1_Client__Output>
        ClientCounters: MessageTypeDefinition<_atrium_tenancy_v1_ClientCounters, _atrium_tenancy_v1_ClientCounters__Output>
        ClientListItem: MessageTypeDefinition<_atrium_tenancy_v1_ClientListItem, _atrium_tenancy_v1_ClientListItem__Output>
        ClientRole: EnumTypeDefinition
        ClientRoleGrant: MessageTypeDefinition<_atrium_tenancy_v1_ClientRoleGrant, _atrium_tenancy_v1_ClientRoleGrant__Output>
        ClientSettings: MessageTypeDefinition<_atrium_tenancy_v1_ClientSettings, _atrium_tenancy_v1_ClientSettings__Output>
        ClientStatus: EnumTypeDefinition
        ClientUser: MessageTypeDefinition<_atrium_tenancy_v1_ClientUser, _atrium_tenancy_v1_ClientUser__Output>
        ClientUserStatus: EnumTypeDefinition
        CompanyProfile: MessageTypeDefinition<_atrium_tenancy_v1_CompanyProfile, _atrium_tenancy_v1_CompanyProfile__Output>
        ContactPerson: MessageTypeDefinition<_atrium_tenancy_v1_ContactPerson, _atrium_tenancy_v1_ContactPerson__Output>
        CustomField: MessageTypeDefinition<_atrium_tenancy_v1_CustomField, _atrium_tenancy_v1_CustomField__Output>
        CustomProperty: MessageTypeDefinition<_atrium_tenancy_v1_CustomProperty, _atrium_tenancy_v1_CustomProperty__Output>
        Invitation: MessageTypeDefinition<_atrium_tenancy_v1_Invitation, _atrium_tenancy_v1_Invitation__Output>
        InvitationStatus: EnumTypeDefinition
        Job: MessageTypeDefinition<_atrium_tenancy_v1_Job, _atrium_tenancy_v1_Job__Output>
        JobKind: EnumTypeDefinition
        JobStatus: EnumTypeDefinition
        Member: MessageTypeDefinition<_atrium_tenancy_v1_Member, _atrium_tenancy_v1_Member__Output>
        Permission: MessageTypeDefinition<_atrium_tenancy_v1_Permission, _atrium_tenancy_v1_Permission__Output>
        ProspectCleanupMode: EnumTypeDefinition
        PublicBranding: MessageTypeDefinition<_atrium_tenancy_v1_PublicBranding, _atrium_tenancy_v1_PublicBranding__Output>
        Role: MessageTypeDefinition<_atrium_tenancy_v1_Role, _atrium_tenancy_v1_Role__Output>
      }
    }
  }
}

