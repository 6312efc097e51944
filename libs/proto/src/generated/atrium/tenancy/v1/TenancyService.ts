// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelInvitationRequest as _atrium_tenancy_v1_CancelInvitationRequest, CancelInvitationRequest__Output as _atrium_tenancy_v1_CancelInvitationRequest__Output } from '../../../atrium/tenancy/v1/CancelInvitationRequest';
import type { CancelInvitationResponse as _atrium_tenancy_v1_CancelInvitationResponse, CancelInvitationResponse__Output as _atrium_tenancy_v1_CancelInvitationResponse__Output } from '../../../atrium/tenancy/v1/CancelInvitationResponse';
import type { ChangeMemberRoleRequest as _atrium_tenancy_v1_ChangeMemberRoleRequest, ChangeMemberRoleRequest__Output as _atrium_tenancy_v1_ChangeMemberRoleRequest__Output } from '../../../atrium/tenancy/v1/ChangeMemberRoleRequest';
import type { ChangeMemberRoleResponse as _atrium_tenancy_v1_ChangeMemberRoleResponse, ChangeMemberRoleResponse__Output as _atrium_tenancy_v1_ChangeMemberRoleResponse__Output } from '../../../atrium/tenancy/v1/ChangeMemberRoleResponse';
import type { ClaimInvitationRequest as _atrium_tenancy_v1_ClaimInvitationRequest, ClaimInvitationRequest__Output as _atrium_tenancy_v1_ClaimInvitationRequest__Output } from '../../../atrium/tenancy/v1/ClaimInvitationRequest';
import type { ClaimInvitationResponse as _atrium_tenancy_v1_ClaimInvitationResponse, ClaimInvitationResponse__Output as _atrium_tenancy_v1_ClaimInvitationResponse__Output } from '../../../atrium/tenancy/v1/ClaimInvitationResponse';
import type { CreateAgencyRequest as _atrium_tenancy_v1_CreateAgencyRequest, CreateAgencyRequest__Output as _atrium_tenancy_v1_CreateAgencyRequest__Output } from '../../../atrium/tenancy/v1/CreateAgencyRequest';
import type { CreateAgencyResponse as _atrium_tenancy_v1_CreateAgencyResponse, CreateAgencyResponse__Output as _atrium_tenancy_v1_CreateAgencyResponse__Output } from '../../../atrium/tenancy/v1/CreateAgencyResponse';
import type { CreateAgencyRoleRequest as _atrium_tenancy_v1_CreateAgencyRoleRequest, CreateAgencyRoleRequest__Output as _atrium_tenancy_v1_CreateAgencyRoleRequest__Output } from '../../../atrium/tenancy/v1/CreateAgencyRoleRequest';
import type { CreateAgencyRoleResponse as _atrium_tenancy_v1_CreateAgencyRoleResponse, CreateAgencyRoleResponse__Output as _atrium_tenancy_v1_CreateAgencyRoleResponse__Output } from '../../../atrium/tenancy/v1/CreateAgencyRoleResponse';
import type { CreateClientRequest as _atrium_tenancy_v1_CreateClientRequest, CreateClientRequest__Output as _atrium_tenancy_v1_CreateClientRequest__Output } from '../../../atrium/tenancy/v1/CreateClientRequest';
import type { CreateClientResponse as _atrium_tenancy_v1_CreateClientResponse, CreateClientResponse__Output as _atrium_tenancy_v1_CreateClientResponse__Output } from '../../../atrium/tenancy/v1/CreateClientResponse';
import type { CreateClientUserRequest as _atrium_tenancy_v1_CreateClientUserRequest, CreateClientUserRequest__Output as _atrium_tenancy_v1_CreateClientUserRequest__Output } from '../../../atrium/tenancy/v1/CreateClientUserRequest';
import type { CreateClientUserResponse as _atrium_tenancy_v1_CreateClientUserResponse, CreateClientUserResponse__Output as _atrium_tenancy_v1_CreateClientUserResponse__Output } from '../../../atrium/tenancy/v1/CreateClientUserResponse';
import type { DeactivateClientRequest as _atrium_tenancy_v1_DeactivateClientRequest, DeactivateClientRequest__Output as _atrium_tenancy_v1_DeactivateClientRequest__Output } from '../../../atrium/tenancy/v1/DeactivateClientRequest';
import type { DeactivateClientResponse as _atrium_tenancy_v1_DeactivateClientResponse, DeactivateClientResponse__Output as _atrium_tenancy_v1_DeactivateClientResponse__Output } from '../../../atrium/tenancy/v1/DeactivateClientResponse';
import type { DeleteAgencyRoleRequest as _atrium_tenancy_v1_DeleteAgencyRoleRequest, DeleteAgencyRoleRequest__Output as _atrium_tenancy_v1_DeleteAgencyRoleRequest__Output } from '../../../atrium/tenancy/v1/DeleteAgencyRoleRequest';
import type { DeleteAgencyRoleResponse as _atrium_tenancy_v1_DeleteAgencyRoleResponse, DeleteAgencyRoleResponse__Output as _atrium_tenancy_v1_DeleteAgencyRoleResponse__Output } from '../../../atrium/tenancy/v1/DeleteAgencyRoleResponse';
import type { DeleteClientRequest as _atrium_tenancy_v1_DeleteClientRequest, DeleteClientRequest__Output as _atrium_tenancy_v1_DeleteClientRequest__Output } from '../../../atrium/tenancy/v1/DeleteClientRequest';
import type { DeleteClientResponse as _atrium_tenancy_v1_DeleteClientResponse, DeleteClientResponse__Output as _atrium_tenancy_v1_DeleteClientResponse__Output } from '../../../atrium/tenancy/v1/DeleteClientResponse';
import type { DeleteCustomFieldRequest as _atrium_tenancy_v1_DeleteCustomFieldRequest, DeleteCustomFieldRequest__Output as _atrium_tenancy_v1_DeleteCustomFieldRequest__Output } from '../../../atrium/tenancy/v1/DeleteCustomFieldRequest';
import type { DeleteCustomFieldResponse as _atrium_tenancy_v1_DeleteCustomFieldResponse, DeleteCustomFieldResponse__Output as _atrium_tenancy_v1_DeleteCustomFieldResponse__Output } from '../../../atrium/tenancy/v1/DeleteCustomFieldResponse';
import type { DiscardClientUserRequest as _atrium_tenancy_v1_DiscardClientUserRequest, DiscardClientUserRequest__Output as _atrium_tenancy_v1_DiscardClientUserRequest__Output } from '../../../atrium/tenancy/v1/DiscardClientUserRequest';
import type { DiscardClientUserResponse as _atrium_tenancy_v1_DiscardClientUserResponse, DiscardClientUserResponse__Output as _atrium_tenancy_v1_DiscardClientUserResponse__Output } from '../../../atrium/tenancy/v1/DiscardClientUserResponse';
import type { GetAccessRequest as _atrium_tenancy_v1_GetAccessRequest, GetAccessRequest__Output as _atrium_tenancy_v1_GetAccessRequest__Output } from '../../../atrium/tenancy/v1/GetAccessRequest';
import type { GetAccessResponse as _atrium_tenancy_v1_GetAccessResponse, GetAccessResponse__Output as _atrium_tenancy_v1_GetAccessResponse__Output } from '../../../atrium/tenancy/v1/GetAccessResponse';
import type { GetAgencyHomeRequest as _atrium_tenancy_v1_GetAgencyHomeRequest, GetAgencyHomeRequest__Output as _atrium_tenancy_v1_GetAgencyHomeRequest__Output } from '../../../atrium/tenancy/v1/GetAgencyHomeRequest';
import type { GetAgencyHomeResponse as _atrium_tenancy_v1_GetAgencyHomeResponse, GetAgencyHomeResponse__Output as _atrium_tenancy_v1_GetAgencyHomeResponse__Output } from '../../../atrium/tenancy/v1/GetAgencyHomeResponse';
import type { GetAgencyRequest as _atrium_tenancy_v1_GetAgencyRequest, GetAgencyRequest__Output as _atrium_tenancy_v1_GetAgencyRequest__Output } from '../../../atrium/tenancy/v1/GetAgencyRequest';
import type { GetAgencyResponse as _atrium_tenancy_v1_GetAgencyResponse, GetAgencyResponse__Output as _atrium_tenancy_v1_GetAgencyResponse__Output } from '../../../atrium/tenancy/v1/GetAgencyResponse';
import type { GetClientAccessRequest as _atrium_tenancy_v1_GetClientAccessRequest, GetClientAccessRequest__Output as _atrium_tenancy_v1_GetClientAccessRequest__Output } from '../../../atrium/tenancy/v1/GetClientAccessRequest';
import type { GetClientAccessResponse as _atrium_tenancy_v1_GetClientAccessResponse, GetClientAccessResponse__Output as _atrium_tenancy_v1_GetClientAccessResponse__Output } from '../../../atrium/tenancy/v1/GetClientAccessResponse';
import type { GetClientRequest as _atrium_tenancy_v1_GetClientRequest, GetClientRequest__Output as _atrium_tenancy_v1_GetClientRequest__Output } from '../../../atrium/tenancy/v1/GetClientRequest';
import type { GetClientResponse as _atrium_tenancy_v1_GetClientResponse, GetClientResponse__Output as _atrium_tenancy_v1_GetClientResponse__Output } from '../../../atrium/tenancy/v1/GetClientResponse';
import type { GetClientTeamRequest as _atrium_tenancy_v1_GetClientTeamRequest, GetClientTeamRequest__Output as _atrium_tenancy_v1_GetClientTeamRequest__Output } from '../../../atrium/tenancy/v1/GetClientTeamRequest';
import type { GetClientTeamResponse as _atrium_tenancy_v1_GetClientTeamResponse, GetClientTeamResponse__Output as _atrium_tenancy_v1_GetClientTeamResponse__Output } from '../../../atrium/tenancy/v1/GetClientTeamResponse';
import type { GetJobRequest as _atrium_tenancy_v1_GetJobRequest, GetJobRequest__Output as _atrium_tenancy_v1_GetJobRequest__Output } from '../../../atrium/tenancy/v1/GetJobRequest';
import type { GetJobResponse as _atrium_tenancy_v1_GetJobResponse, GetJobResponse__Output as _atrium_tenancy_v1_GetJobResponse__Output } from '../../../atrium/tenancy/v1/GetJobResponse';
import type { GetPermissionCatalogueRequest as _atrium_tenancy_v1_GetPermissionCatalogueRequest, GetPermissionCatalogueRequest__Output as _atrium_tenancy_v1_GetPermissionCatalogueRequest__Output } from '../../../atrium/tenancy/v1/GetPermissionCatalogueRequest';
import type { GetPermissionCatalogueResponse as _atrium_tenancy_v1_GetPermissionCatalogueResponse, GetPermissionCatalogueResponse__Output as _atrium_tenancy_v1_GetPermissionCatalogueResponse__Output } from '../../../atrium/tenancy/v1/GetPermissionCatalogueResponse';
import type { GetPublicBrandingRequest as _atrium_tenancy_v1_GetPublicBrandingRequest, GetPublicBrandingRequest__Output as _atrium_tenancy_v1_GetPublicBrandingRequest__Output } from '../../../atrium/tenancy/v1/GetPublicBrandingRequest';
import type { GetPublicBrandingResponse as _atrium_tenancy_v1_GetPublicBrandingResponse, GetPublicBrandingResponse__Output as _atrium_tenancy_v1_GetPublicBrandingResponse__Output } from '../../../atrium/tenancy/v1/GetPublicBrandingResponse';
import type { InviteAgencyMemberRequest as _atrium_tenancy_v1_InviteAgencyMemberRequest, InviteAgencyMemberRequest__Output as _atrium_tenancy_v1_InviteAgencyMemberRequest__Output } from '../../../atrium/tenancy/v1/InviteAgencyMemberRequest';
import type { InviteAgencyMemberResponse as _atrium_tenancy_v1_InviteAgencyMemberResponse, InviteAgencyMemberResponse__Output as _atrium_tenancy_v1_InviteAgencyMemberResponse__Output } from '../../../atrium/tenancy/v1/InviteAgencyMemberResponse';
import type { InviteClientUserRequest as _atrium_tenancy_v1_InviteClientUserRequest, InviteClientUserRequest__Output as _atrium_tenancy_v1_InviteClientUserRequest__Output } from '../../../atrium/tenancy/v1/InviteClientUserRequest';
import type { InviteClientUserResponse as _atrium_tenancy_v1_InviteClientUserResponse, InviteClientUserResponse__Output as _atrium_tenancy_v1_InviteClientUserResponse__Output } from '../../../atrium/tenancy/v1/InviteClientUserResponse';
import type { ListAgencyRolesRequest as _atrium_tenancy_v1_ListAgencyRolesRequest, ListAgencyRolesRequest__Output as _atrium_tenancy_v1_ListAgencyRolesRequest__Output } from '../../../atrium/tenancy/v1/ListAgencyRolesRequest';
import type { ListAgencyRolesResponse as _atrium_tenancy_v1_ListAgencyRolesResponse, ListAgencyRolesResponse__Output as _atrium_tenancy_v1_ListAgencyRolesResponse__Output } from '../../../atrium/tenancy/v1/ListAgencyRolesResponse';
import type { ListAuditEntriesRequest as _atrium_tenancy_v1_ListAuditEntriesRequest, ListAuditEntriesRequest__Output as _atrium_tenancy_v1_ListAuditEntriesRequest__Output } from '../../../atrium/tenancy/v1/ListAuditEntriesRequest';
import type { ListAuditEntriesResponse as _atrium_tenancy_v1_ListAuditEntriesResponse, ListAuditEntriesResponse__Output as _atrium_tenancy_v1_ListAuditEntriesResponse__Output } from '../../../atrium/tenancy/v1/ListAuditEntriesResponse';
import type { ListClientAudienceRequest as _atrium_tenancy_v1_ListClientAudienceRequest, ListClientAudienceRequest__Output as _atrium_tenancy_v1_ListClientAudienceRequest__Output } from '../../../atrium/tenancy/v1/ListClientAudienceRequest';
import type { ListClientAudienceResponse as _atrium_tenancy_v1_ListClientAudienceResponse, ListClientAudienceResponse__Output as _atrium_tenancy_v1_ListClientAudienceResponse__Output } from '../../../atrium/tenancy/v1/ListClientAudienceResponse';
import type { ListClientUsersRequest as _atrium_tenancy_v1_ListClientUsersRequest, ListClientUsersRequest__Output as _atrium_tenancy_v1_ListClientUsersRequest__Output } from '../../../atrium/tenancy/v1/ListClientUsersRequest';
import type { ListClientUsersResponse as _atrium_tenancy_v1_ListClientUsersResponse, ListClientUsersResponse__Output as _atrium_tenancy_v1_ListClientUsersResponse__Output } from '../../../atrium/tenancy/v1/ListClientUsersResponse';
import type { ListClientsRequest as _atrium_tenancy_v1_ListClientsRequest, ListClientsRequest__Output as _atrium_tenancy_v1_ListClientsRequest__Output } from '../../../atrium/tenancy/v1/ListClientsRequest';
import type { ListClientsResponse as _atrium_tenancy_v1_ListClientsResponse, ListClientsResponse__Output as _atrium_tenancy_v1_ListClientsResponse__Output } from '../../../atrium/tenancy/v1/ListClientsResponse';
import type { ListCustomFieldsRequest as _atrium_tenancy_v1_ListCustomFieldsRequest, ListCustomFieldsRequest__Output as _atrium_tenancy_v1_ListCustomFieldsRequest__Output } from '../../../atrium/tenancy/v1/ListCustomFieldsRequest';
import type { ListCustomFieldsResponse as _atrium_tenancy_v1_ListCustomFieldsResponse, ListCustomFieldsResponse__Output as _atrium_tenancy_v1_ListCustomFieldsResponse__Output } from '../../../atrium/tenancy/v1/ListCustomFieldsResponse';
import type { ListInvitationsRequest as _atrium_tenancy_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _atrium_tenancy_v1_ListInvitationsRequest__Output } from '../../../atrium/tenancy/v1/ListInvitationsRequest';
import type { ListInvitationsResponse as _atrium_tenancy_v1_ListInvitationsResponse, ListInvitationsResponse__Output as _atrium_tenancy_v1_ListInvitationsResponse__Output } from '../../../atrium/tenancy/v1/ListInvitationsResponse';
import type { ListMembersRequest as _atrium_tenancy_v1_ListMembersRequest, ListMembersRequest__Output as _atrium_tenancy_v1_ListMembersRequest__Output } from '../../../atrium/tenancy/v1/ListMembersRequest';
import type { ListMembersResponse as _atrium_tenancy_v1_ListMembersResponse, ListMembersResponse__Output as _atrium_tenancy_v1_ListMembersResponse__Output } from '../../../atrium/tenancy/v1/ListMembersResponse';
import type { MakePrimaryClientUserRequest as _atrium_tenancy_v1_MakePrimaryClientUserRequest, MakePrimaryClientUserRequest__Output as _atrium_tenancy_v1_MakePrimaryClientUserRequest__Output } from '../../../atrium/tenancy/v1/MakePrimaryClientUserRequest';
import type { MakePrimaryClientUserResponse as _atrium_tenancy_v1_MakePrimaryClientUserResponse, MakePrimaryClientUserResponse__Output as _atrium_tenancy_v1_MakePrimaryClientUserResponse__Output } from '../../../atrium/tenancy/v1/MakePrimaryClientUserResponse';
import type { ReactivateClientRequest as _atrium_tenancy_v1_ReactivateClientRequest, ReactivateClientRequest__Output as _atrium_tenancy_v1_ReactivateClientRequest__Output } from '../../../atrium/tenancy/v1/ReactivateClientRequest';
import type { ReactivateClientResponse as _atrium_tenancy_v1_ReactivateClientResponse, ReactivateClientResponse__Output as _atrium_tenancy_v1_ReactivateClientResponse__Output } from '../../../atrium/tenancy/v1/ReactivateClientResponse';
import type { RecordSwitchActionRequest as _atrium_tenancy_v1_RecordSwitchActionRequest, RecordSwitchActionRequest__Output as _atrium_tenancy_v1_RecordSwitchActionRequest__Output } from '../../../atrium/tenancy/v1/RecordSwitchActionRequest';
import type { RecordSwitchActionResponse as _atrium_tenancy_v1_RecordSwitchActionResponse, RecordSwitchActionResponse__Output as _atrium_tenancy_v1_RecordSwitchActionResponse__Output } from '../../../atrium/tenancy/v1/RecordSwitchActionResponse';
import type { RemoveClientUserRequest as _atrium_tenancy_v1_RemoveClientUserRequest, RemoveClientUserRequest__Output as _atrium_tenancy_v1_RemoveClientUserRequest__Output } from '../../../atrium/tenancy/v1/RemoveClientUserRequest';
import type { RemoveClientUserResponse as _atrium_tenancy_v1_RemoveClientUserResponse, RemoveClientUserResponse__Output as _atrium_tenancy_v1_RemoveClientUserResponse__Output } from '../../../atrium/tenancy/v1/RemoveClientUserResponse';
import type { RemoveMemberRequest as _atrium_tenancy_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _atrium_tenancy_v1_RemoveMemberRequest__Output } from '../../../atrium/tenancy/v1/RemoveMemberRequest';
import type { RemoveMemberResponse as _atrium_tenancy_v1_RemoveMemberResponse, RemoveMemberResponse__Output as _atrium_tenancy_v1_RemoveMemberResponse__Output } from '../../../atrium/tenancy/v1/RemoveMemberResponse';
import type { RequestProspectCleanupRequest as _atrium_tenancy_v1_RequestProspectCleanupRequest, RequestProspectCleanupRequest__Output as _atrium_tenancy_v1_RequestProspectCleanupRequest__Output } from '../../../atrium/tenancy/v1/RequestProspectCleanupRequest';
import type { RequestProspectCleanupResponse as _atrium_tenancy_v1_RequestProspectCleanupResponse, RequestProspectCleanupResponse__Output as _atrium_tenancy_v1_RequestProspectCleanupResponse__Output } from '../../../atrium/tenancy/v1/RequestProspectCleanupResponse';
import type { ResendInvitationRequest as _atrium_tenancy_v1_ResendInvitationRequest, ResendInvitationRequest__Output as _atrium_tenancy_v1_ResendInvitationRequest__Output } from '../../../atrium/tenancy/v1/ResendInvitationRequest';
import type { ResendInvitationResponse as _atrium_tenancy_v1_ResendInvitationResponse, ResendInvitationResponse__Output as _atrium_tenancy_v1_ResendInvitationResponse__Output } from '../../../atrium/tenancy/v1/ResendInvitationResponse';
import type { ResolveInvitationRequest as _atrium_tenancy_v1_ResolveInvitationRequest, ResolveInvitationRequest__Output as _atrium_tenancy_v1_ResolveInvitationRequest__Output } from '../../../atrium/tenancy/v1/ResolveInvitationRequest';
import type { ResolveInvitationResponse as _atrium_tenancy_v1_ResolveInvitationResponse, ResolveInvitationResponse__Output as _atrium_tenancy_v1_ResolveInvitationResponse__Output } from '../../../atrium/tenancy/v1/ResolveInvitationResponse';
import type { SaveCustomFieldRequest as _atrium_tenancy_v1_SaveCustomFieldRequest, SaveCustomFieldRequest__Output as _atrium_tenancy_v1_SaveCustomFieldRequest__Output } from '../../../atrium/tenancy/v1/SaveCustomFieldRequest';
import type { SaveCustomFieldResponse as _atrium_tenancy_v1_SaveCustomFieldResponse, SaveCustomFieldResponse__Output as _atrium_tenancy_v1_SaveCustomFieldResponse__Output } from '../../../atrium/tenancy/v1/SaveCustomFieldResponse';
import type { SetClientTeamRequest as _atrium_tenancy_v1_SetClientTeamRequest, SetClientTeamRequest__Output as _atrium_tenancy_v1_SetClientTeamRequest__Output } from '../../../atrium/tenancy/v1/SetClientTeamRequest';
import type { SetClientTeamResponse as _atrium_tenancy_v1_SetClientTeamResponse, SetClientTeamResponse__Output as _atrium_tenancy_v1_SetClientTeamResponse__Output } from '../../../atrium/tenancy/v1/SetClientTeamResponse';
import type { StartClientSwitchRequest as _atrium_tenancy_v1_StartClientSwitchRequest, StartClientSwitchRequest__Output as _atrium_tenancy_v1_StartClientSwitchRequest__Output } from '../../../atrium/tenancy/v1/StartClientSwitchRequest';
import type { StartClientSwitchResponse as _atrium_tenancy_v1_StartClientSwitchResponse, StartClientSwitchResponse__Output as _atrium_tenancy_v1_StartClientSwitchResponse__Output } from '../../../atrium/tenancy/v1/StartClientSwitchResponse';
import type { TransferOwnershipRequest as _atrium_tenancy_v1_TransferOwnershipRequest, TransferOwnershipRequest__Output as _atrium_tenancy_v1_TransferOwnershipRequest__Output } from '../../../atrium/tenancy/v1/TransferOwnershipRequest';
import type { TransferOwnershipResponse as _atrium_tenancy_v1_TransferOwnershipResponse, TransferOwnershipResponse__Output as _atrium_tenancy_v1_TransferOwnershipResponse__Output } from '../../../atrium/tenancy/v1/TransferOwnershipResponse';
import type { UpdateAgencyRequest as _atrium_tenancy_v1_UpdateAgencyRequest, UpdateAgencyRequest__Output as _atrium_tenancy_v1_UpdateAgencyRequest__Output } from '../../../atrium/tenancy/v1/UpdateAgencyRequest';
import type { UpdateAgencyResponse as _atrium_tenancy_v1_UpdateAgencyResponse, UpdateAgencyResponse__Output as _atrium_tenancy_v1_UpdateAgencyResponse__Output } from '../../../atrium/tenancy/v1/UpdateAgencyResponse';
import type { UpdateAgencyRoleRequest as _atrium_tenancy_v1_UpdateAgencyRoleRequest, UpdateAgencyRoleRequest__Output as _atrium_tenancy_v1_UpdateAgencyRoleRequest__Output } from '../../../atrium/tenancy/v1/UpdateAgencyRoleRequest';
import type { UpdateAgencyRoleResponse as _atrium_tenancy_v1_UpdateAgencyRoleResponse, UpdateAgencyRoleResponse__Output as _atrium_tenancy_v1_UpdateAgencyRoleResponse__Output } from '../../../atrium/tenancy/v1/UpdateAgencyRoleResponse';
import type { UpdateClientRequest as _atrium_tenancy_v1_UpdateClientRequest, UpdateClientRequest__Output as _atrium_tenancy_v1_UpdateClientRequest__Output } from '../../../atrium/tenancy/v1/UpdateClientRequest';
import type { UpdateClientResponse as _atrium_tenancy_v1_UpdateClientResponse, UpdateClientResponse__Output as _atrium_tenancy_v1_UpdateClientResponse__Output } from '../../../atrium/tenancy/v1/UpdateClientResponse';
import type { UpdateClientUserRequest as _atrium_tenancy_v1_UpdateClientUserRequest, UpdateClientUserRequest__Output as _atrium_tenancy_v1_UpdateClientUserRequest__Output } from '../../../atrium/tenancy/v1/UpdateClientUserRequest';
import type { UpdateClientUserResponse as _atrium_tenancy_v1_UpdateClientUserResponse, UpdateClientUserResponse__Output as _atrium_tenancy_v1_UpdateClientUserResponse__Output } from '../../../atrium/tenancy/v1/UpdateClientUserResponse';

export interface TenancyServiceClient extends grpc.Client {
  CancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  CancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  CancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  CancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _atrium_tenancy_v1_CancelInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CancelInvitationResponse__Output>): grpc.ClientUnaryCall;
  
  ChangeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  ChangeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  ChangeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  ChangeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  changeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  changeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  changeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  changeMemberRole(argument: _atrium_tenancy_v1_ChangeMemberRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ChangeMemberRoleResponse__Output>): grpc.ClientUnaryCall;
  
  ClaimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  ClaimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  ClaimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  ClaimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  claimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  claimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  claimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  claimInvitation(argument: _atrium_tenancy_v1_ClaimInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ClaimInvitationResponse__Output>): grpc.ClientUnaryCall;
  
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  
  CreateAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  CreateAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  CreateAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  CreateAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  createAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  createAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  createAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  createAgencyRole(argument: _atrium_tenancy_v1_CreateAgencyRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  
  CreateClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  CreateClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  CreateClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  CreateClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  createClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  createClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  createClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  createClientUser(argument: _atrium_tenancy_v1_CreateClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientUserResponse__Output>): grpc.ClientUnaryCall;
  
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteAgencyRole(argument: _atrium_tenancy_v1_DeleteAgencyRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  DeleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  DeleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  DeleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _atrium_tenancy_v1_DeleteClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  
  DiscardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  DiscardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  DiscardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  DiscardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  discardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  discardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  discardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  discardClientUser(argument: _atrium_tenancy_v1_DiscardClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DiscardClientUserResponse__Output>): grpc.ClientUnaryCall;
  
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  
  GetAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  GetAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  GetAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  GetAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  getAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  getAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  getAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  getAgency(argument: _atrium_tenancy_v1_GetAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyResponse__Output>): grpc.ClientUnaryCall;
  
  GetAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  GetAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  GetAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  GetAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  getAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  getAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  getAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  getAgencyHome(argument: _atrium_tenancy_v1_GetAgencyHomeRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAgencyHomeResponse__Output>): grpc.ClientUnaryCall;
  
  GetClient(argument: _atrium_tenancy_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _atrium_tenancy_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _atrium_tenancy_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _atrium_tenancy_v1_GetClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  getClient(argument: _atrium_tenancy_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  getClient(argument: _atrium_tenancy_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  getClient(argument: _atrium_tenancy_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  getClient(argument: _atrium_tenancy_v1_GetClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientResponse__Output>): grpc.ClientUnaryCall;
  
  GetClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  GetClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  GetClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  GetClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  getClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  getClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  getClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  getClientAccess(argument: _atrium_tenancy_v1_GetClientAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientAccessResponse__Output>): grpc.ClientUnaryCall;
  
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  
  GetJob(argument: _atrium_tenancy_v1_GetJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _atrium_tenancy_v1_GetJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _atrium_tenancy_v1_GetJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _atrium_tenancy_v1_GetJobRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  getJob(argument: _atrium_tenancy_v1_GetJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  getJob(argument: _atrium_tenancy_v1_GetJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  getJob(argument: _atrium_tenancy_v1_GetJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  getJob(argument: _atrium_tenancy_v1_GetJobRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetJobResponse__Output>): grpc.ClientUnaryCall;
  
  GetPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  GetPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  GetPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  GetPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  getPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  getPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  getPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  getPermissionCatalogue(argument: _atrium_tenancy_v1_GetPermissionCatalogueRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>): grpc.ClientUnaryCall;
  
  GetPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  GetPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  GetPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  GetPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _atrium_tenancy_v1_GetPublicBrandingRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetPublicBrandingResponse__Output>): grpc.ClientUnaryCall;
  
  InviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  InviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  InviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  InviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  inviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  inviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  inviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  inviteAgencyMember(argument: _atrium_tenancy_v1_InviteAgencyMemberRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteAgencyMemberResponse__Output>): grpc.ClientUnaryCall;
  
  InviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  InviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  InviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  InviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  inviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  inviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  inviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  inviteClientUser(argument: _atrium_tenancy_v1_InviteClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_InviteClientUserResponse__Output>): grpc.ClientUnaryCall;
  
  ListAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  ListAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  ListAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  ListAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  listAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  listAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  listAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  listAgencyRoles(argument: _atrium_tenancy_v1_ListAgencyRolesRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAgencyRolesResponse__Output>): grpc.ClientUnaryCall;
  
  ListAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _atrium_tenancy_v1_ListAuditEntriesRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  
  ListClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  ListClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  ListClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  ListClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientUsers(argument: _atrium_tenancy_v1_ListClientUsersRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientUsersResponse__Output>): grpc.ClientUnaryCall;
  
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
  ListCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  ListCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  ListCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  ListCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFields(argument: _atrium_tenancy_v1_ListCustomFieldsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListCustomFieldsResponse__Output>): grpc.ClientUnaryCall;
  
  ListInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _atrium_tenancy_v1_ListInvitationsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  
  MakePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  MakePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  MakePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  MakePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  makePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  makePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  makePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  makePrimaryClientUser(argument: _atrium_tenancy_v1_MakePrimaryClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>): grpc.ClientUnaryCall;
  
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  
  RecordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  RecordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  RecordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  RecordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  recordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  recordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  recordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  recordSwitchAction(argument: _atrium_tenancy_v1_RecordSwitchActionRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RecordSwitchActionResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  RemoveClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  RemoveClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  RemoveClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  removeClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  removeClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  removeClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  removeClientUser(argument: _atrium_tenancy_v1_RemoveClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveClientUserResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  
  RequestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  RequestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  RequestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  RequestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  requestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  requestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  requestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  requestProspectCleanup(argument: _atrium_tenancy_v1_RequestProspectCleanupRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RequestProspectCleanupResponse__Output>): grpc.ClientUnaryCall;
  
  ResendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  resendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  resendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  resendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  resendInvitation(argument: _atrium_tenancy_v1_ResendInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ResendInvitationResponse__Output>): grpc.ClientUnaryCall;
  
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  
  SaveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  SaveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  SaveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  SaveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  saveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  saveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  saveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  saveCustomField(argument: _atrium_tenancy_v1_SaveCustomFieldRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_SaveCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  
  SetClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  SetClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  SetClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  SetClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  setClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  setClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  setClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  setClientTeam(argument: _atrium_tenancy_v1_SetClientTeamRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_SetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  
  StartClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  StartClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  StartClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  StartClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  startClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  startClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  startClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  startClientSwitch(argument: _atrium_tenancy_v1_StartClientSwitchRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_StartClientSwitchResponse__Output>): grpc.ClientUnaryCall;
  
  TransferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  TransferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  TransferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  TransferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  transferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  transferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  transferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  transferOwnership(argument: _atrium_tenancy_v1_TransferOwnershipRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_TransferOwnershipResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  updateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  updateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  updateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  updateAgency(argument: _atrium_tenancy_v1_UpdateAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  updateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  updateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  updateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  updateAgencyRole(argument: _atrium_tenancy_v1_UpdateAgencyRoleRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  updateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  updateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  updateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  updateClientUser(argument: _atrium_tenancy_v1_UpdateClientUserRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientUserResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface TenancyServiceHandlers extends grpc.UntypedServiceImplementation {
  CancelInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_CancelInvitationRequest__Output, _atrium_tenancy_v1_CancelInvitationResponse>;
  
  ChangeMemberRole: grpc.handleUnaryCall<_atrium_tenancy_v1_ChangeMemberRoleRequest__Output, _atrium_tenancy_v1_ChangeMemberRoleResponse>;
  
  ClaimInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ClaimInvitationRequest__Output, _atrium_tenancy_v1_ClaimInvitationResponse>;
  
  CreateAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse>;
  
  CreateAgencyRole: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateAgencyRoleRequest__Output, _atrium_tenancy_v1_CreateAgencyRoleResponse>;
  
  CreateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse>;
  
  CreateClientUser: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateClientUserRequest__Output, _atrium_tenancy_v1_CreateClientUserResponse>;
  
  DeactivateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_DeactivateClientRequest__Output, _atrium_tenancy_v1_DeactivateClientResponse>;
  
  DeleteAgencyRole: grpc.handleUnaryCall<_atrium_tenancy_v1_DeleteAgencyRoleRequest__Output, _atrium_tenancy_v1_DeleteAgencyRoleResponse>;
  
  DeleteClient: grpc.handleUnaryCall<_atrium_tenancy_v1_DeleteClientRequest__Output, _atrium_tenancy_v1_DeleteClientResponse>;
  
  DeleteCustomField: grpc.handleUnaryCall<_atrium_tenancy_v1_DeleteCustomFieldRequest__Output, _atrium_tenancy_v1_DeleteCustomFieldResponse>;
  
  DiscardClientUser: grpc.handleUnaryCall<_atrium_tenancy_v1_DiscardClientUserRequest__Output, _atrium_tenancy_v1_DiscardClientUserResponse>;
  
  GetAccess: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse>;
  
  GetAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAgencyRequest__Output, _atrium_tenancy_v1_GetAgencyResponse>;
  
  GetAgencyHome: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAgencyHomeRequest__Output, _atrium_tenancy_v1_GetAgencyHomeResponse>;
  
  GetClient: grpc.handleUnaryCall<_atrium_tenancy_v1_GetClientRequest__Output, _atrium_tenancy_v1_GetClientResponse>;
  
  GetClientAccess: grpc.handleUnaryCall<_atrium_tenancy_v1_GetClientAccessRequest__Output, _atrium_tenancy_v1_GetClientAccessResponse>;
  
  GetClientTeam: grpc.handleUnaryCall<_atrium_tenancy_v1_GetClientTeamRequest__Output, _atrium_tenancy_v1_GetClientTeamResponse>;
  
  GetJob: grpc.handleUnaryCall<_atrium_tenancy_v1_GetJobRequest__Output, _atrium_tenancy_v1_GetJobResponse>;
  
  GetPermissionCatalogue: grpc.handleUnaryCall<_atrium_tenancy_v1_GetPermissionCatalogueRequest__Output, _atrium_tenancy_v1_GetPermissionCatalogueResponse>;
  
  GetPublicBranding: grpc.handleUnaryCall<_atrium_tenancy_v1_GetPublicBrandingRequest__Output, _atrium_tenancy_v1_GetPublicBrandingResponse>;
  
  InviteAgencyMember: grpc.handleUnaryCall<_atrium_tenancy_v1_InviteAgencyMemberRequest__Output, _atrium_tenancy_v1_InviteAgencyMemberResponse>;
  
  InviteClientUser: grpc.handleUnaryCall<_atrium_tenancy_v1_InviteClientUserRequest__Output, _atrium_tenancy_v1_InviteClientUserResponse>;
  
  ListAgencyRoles: grpc.handleUnaryCall<_atrium_tenancy_v1_ListAgencyRolesRequest__Output, _atrium_tenancy_v1_ListAgencyRolesResponse>;
  
  ListAuditEntries: grpc.handleUnaryCall<_atrium_tenancy_v1_ListAuditEntriesRequest__Output, _atrium_tenancy_v1_ListAuditEntriesResponse>;
  
  ListClientAudience: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse>;
  
  ListClientUsers: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientUsersRequest__Output, _atrium_tenancy_v1_ListClientUsersResponse>;
  
  ListClients: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse>;
  
  ListCustomFields: grpc.handleUnaryCall<_atrium_tenancy_v1_ListCustomFieldsRequest__Output, _atrium_tenancy_v1_ListCustomFieldsResponse>;
  
  ListInvitations: grpc.handleUnaryCall<_atrium_tenancy_v1_ListInvitationsRequest__Output, _atrium_tenancy_v1_ListInvitationsResponse>;
  
  ListMembers: grpc.handleUnaryCall<_atrium_tenancy_v1_ListMembersRequest__Output, _atrium_tenancy_v1_ListMembersResponse>;
  
  MakePrimaryClientUser: grpc.handleUnaryCall<_atrium_tenancy_v1_MakePrimaryClientUserRequest__Output, _atrium_tenancy_v1_MakePrimaryClientUserResponse>;
  
  ReactivateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_ReactivateClientRequest__Output, _atrium_tenancy_v1_ReactivateClientResponse>;
  
  RecordSwitchAction: grpc.handleUnaryCall<_atrium_tenancy_v1_RecordSwitchActionRequest__Output, _atrium_tenancy_v1_RecordSwitchActionResponse>;
  
  RemoveClientUser: grpc.handleUnaryCall<_atrium_tenancy_v1_RemoveClientUserRequest__Output, _atrium_tenancy_v1_RemoveClientUserResponse>;
  
  RemoveMember: grpc.handleUnaryCall<_atrium_tenancy_v1_RemoveMemberRequest__Output, _atrium_tenancy_v1_RemoveMemberResponse>;
  
  RequestProspectCleanup: grpc.handleUnaryCall<_atrium_tenancy_v1_RequestProspectCleanupRequest__Output, _atrium_tenancy_v1_RequestProspectCleanupResponse>;
  
  ResendInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ResendInvitationRequest__Output, _atrium_tenancy_v1_ResendInvitationResponse>;
  
  ResolveInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ResolveInvitationRequest__Output, _atrium_tenancy_v1_ResolveInvitationResponse>;
  
  SaveCustomField: grpc.handleUnaryCall<_atrium_tenancy_v1_SaveCustomFieldRequest__Output, _atrium_tenancy_v1_SaveCustomFieldResponse>;
  
  SetClientTeam: grpc.handleUnaryCall<_atrium_tenancy_v1_SetClientTeamRequest__Output, _atrium_tenancy_v1_SetClientTeamResponse>;
  
  StartClientSwitch: grpc.handleUnaryCall<_atrium_tenancy_v1_StartClientSwitchRequest__Output, _atrium_tenancy_v1_StartClientSwitchResponse>;
  
  TransferOwnership: grpc.handleUnaryCall<_atrium_tenancy_v1_TransferOwnershipRequest__Output, _atrium_tenancy_v1_TransferOwnershipResponse>;
  
  UpdateAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_UpdateAgencyRequest__Output, _atrium_tenancy_v1_UpdateAgencyResponse>;
  
  UpdateAgencyRole: grpc.handleUnaryCall<_atrium_tenancy_v1_UpdateAgencyRoleRequest__Output, _atrium_tenancy_v1_UpdateAgencyRoleResponse>;
  
  UpdateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_UpdateClientRequest__Output, _atrium_tenancy_v1_UpdateClientResponse>;
  
  UpdateClientUser: grpc.handleUnaryCall<_atrium_tenancy_v1_UpdateClientUserRequest__Output, _atrium_tenancy_v1_UpdateClientUserResponse>;
  
}

export interface TenancyServiceDefinition extends grpc.ServiceDefinition {
  CancelInvitation: MethodDefinition<_atrium_tenancy_v1_CancelInvitationRequest, _atrium_tenancy_v1_CancelInvitationResponse, _atrium_tenancy_v1_CancelInvitationRequest__Output, _atrium_tenancy_v1_CancelInvitationResponse__Output>
  ChangeMemberRole: MethodDefinition<_atrium_tenancy_v1_ChangeMemberRoleRequest, _atrium_tenancy_v1_ChangeMemberRoleResponse, _atrium_tenancy_v1_ChangeMemberRoleRequest__Output, _atrium_tenancy_v1_ChangeMemberRoleResponse__Output>
  ClaimInvitation: MethodDefinition<_atrium_tenancy_v1_ClaimInvitationRequest, _atrium_tenancy_v1_ClaimInvitationResponse, _atrium_tenancy_v1_ClaimInvitationRequest__Output, _atrium_tenancy_v1_ClaimInvitationResponse__Output>
  CreateAgency: MethodDefinition<_atrium_tenancy_v1_CreateAgencyRequest, _atrium_tenancy_v1_CreateAgencyResponse, _atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse__Output>
  CreateAgencyRole: MethodDefinition<_atrium_tenancy_v1_CreateAgencyRoleRequest, _atrium_tenancy_v1_CreateAgencyRoleResponse, _atrium_tenancy_v1_CreateAgencyRoleRequest__Output, _atrium_tenancy_v1_CreateAgencyRoleResponse__Output>
  CreateClient: MethodDefinition<_atrium_tenancy_v1_CreateClientRequest, _atrium_tenancy_v1_CreateClientResponse, _atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse__Output>
  CreateClientUser: MethodDefinition<_atrium_tenancy_v1_CreateClientUserRequest, _atrium_tenancy_v1_CreateClientUserResponse, _atrium_tenancy_v1_CreateClientUserRequest__Output, _atrium_tenancy_v1_CreateClientUserResponse__Output>
  DeactivateClient: MethodDefinition<_atrium_tenancy_v1_DeactivateClientRequest, _atrium_tenancy_v1_DeactivateClientResponse, _atrium_tenancy_v1_DeactivateClientRequest__Output, _atrium_tenancy_v1_DeactivateClientResponse__Output>
  DeleteAgencyRole: MethodDefinition<_atrium_tenancy_v1_DeleteAgencyRoleRequest, _atrium_tenancy_v1_DeleteAgencyRoleResponse, _atrium_tenancy_v1_DeleteAgencyRoleRequest__Output, _atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>
  DeleteClient: MethodDefinition<_atrium_tenancy_v1_DeleteClientRequest, _atrium_tenancy_v1_DeleteClientResponse, _atrium_tenancy_v1_DeleteClientRequest__Output, _atrium_tenancy_v1_DeleteClientResponse__Output>
  DeleteCustomField: MethodDefinition<_atrium_tenancy_v1_DeleteCustomFieldRequest, _atrium_tenancy_v1_DeleteCustomFieldResponse, _atrium_tenancy_v1_DeleteCustomFieldRequest__Output, _atrium_tenancy_v1_DeleteCustomFieldResponse__Output>
  DiscardClientUser: MethodDefinition<_atrium_tenancy_v1_DiscardClientUserRequest, _atrium_tenancy_v1_DiscardClientUserResponse, _atrium_tenancy_v1_DiscardClientUserRequest__Output, _atrium_tenancy_v1_DiscardClientUserResponse__Output>
  GetAccess: MethodDefinition<_atrium_tenancy_v1_GetAccessRequest, _atrium_tenancy_v1_GetAccessResponse, _atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse__Output>
  GetAgency: MethodDefinition<_atrium_tenancy_v1_GetAgencyRequest, _atrium_tenancy_v1_GetAgencyResponse, _atrium_tenancy_v1_GetAgencyRequest__Output, _atrium_tenancy_v1_GetAgencyResponse__Output>
  GetAgencyHome: MethodDefinition<_atrium_tenancy_v1_GetAgencyHomeRequest, _atrium_tenancy_v1_GetAgencyHomeResponse, _atrium_tenancy_v1_GetAgencyHomeRequest__Output, _atrium_tenancy_v1_GetAgencyHomeResponse__Output>
  GetClient: MethodDefinition<_atrium_tenancy_v1_GetClientRequest, _atrium_tenancy_v1_GetClientResponse, _atrium_tenancy_v1_GetClientRequest__Output, _atrium_tenancy_v1_GetClientResponse__Output>
  GetClientAccess: MethodDefinition<_atrium_tenancy_v1_GetClientAccessRequest, _atrium_tenancy_v1_GetClientAccessResponse, _atrium_tenancy_v1_GetClientAccessRequest__Output, _atrium_tenancy_v1_GetClientAccessResponse__Output>
  GetClientTeam: MethodDefinition<_atrium_tenancy_v1_GetClientTeamRequest, _atrium_tenancy_v1_GetClientTeamResponse, _atrium_tenancy_v1_GetClientTeamRequest__Output, _atrium_tenancy_v1_GetClientTeamResponse__Output>
  GetJob: MethodDefinition<_atrium_tenancy_v1_GetJobRequest, _atrium_tenancy_v1_GetJobResponse, _atrium_tenancy_v1_GetJobRequest__Output, _atrium_tenancy_v1_GetJobResponse__Output>
  GetPermissionCatalogue: MethodDefinition<_atrium_tenancy_v1_GetPermissionCatalogueRequest, _atrium_tenancy_v1_GetPermissionCatalogueResponse, _atrium_tenancy_v1_GetPermissionCatalogueRequest__Output, _atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>
  GetPublicBranding: MethodDefinition<_atrium_tenancy_v1_GetPublicBrandingRequest, _atrium_tenancy_v1_GetPublicBrandingResponse, _atrium_tenancy_v1_GetPublicBrandingRequest__Output, _atrium_tenancy_v1_GetPublicBrandingResponse__Output>
  InviteAgencyMember: MethodDefinition<_atrium_tenancy_v1_InviteAgencyMemberRequest, _atrium_tenancy_v1_InviteAgencyMemberResponse, _atrium_tenancy_v1_InviteAgencyMemberRequest__Output, _atrium_tenancy_v1_InviteAgencyMemberResponse__Output>
  InviteClientUser: MethodDefinition<_atrium_tenancy_v1_InviteClientUserRequest, _atrium_tenancy_v1_InviteClientUserResponse, _atrium_tenancy_v1_InviteClientUserRequest__Output, _atrium_tenancy_v1_InviteClientUserResponse__Output>
  ListAgencyRoles: MethodDefinition<_atrium_tenancy_v1_ListAgencyRolesRequest, _atrium_tenancy_v1_ListAgencyRolesResponse, _atrium_tenancy_v1_ListAgencyRolesRequest__Output, _atrium_tenancy_v1_ListAgencyRolesResponse__Output>
  ListAuditEntries: MethodDefinition<_atrium_tenancy_v1_ListAuditEntriesRequest, _atrium_tenancy_v1_ListAuditEntriesResponse, _atrium_tenancy_v1_ListAuditEntriesRequest__Output, _atrium_tenancy_v1_ListAuditEntriesResponse__Output>
  ListClientAudience: MethodDefinition<_atrium_tenancy_v1_ListClientAudienceRequest, _atrium_tenancy_v1_ListClientAudienceResponse, _atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse__Output>
  ListClientUsers: MethodDefinition<_atrium_tenancy_v1_ListClientUsersRequest, _atrium_tenancy_v1_ListClientUsersResponse, _atrium_tenancy_v1_ListClientUsersRequest__Output, _atrium_tenancy_v1_ListClientUsersResponse__Output>
  ListClients: MethodDefinition<_atrium_tenancy_v1_ListClientsRequest, _atrium_tenancy_v1_ListClientsResponse, _atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse__Output>
  ListCustomFields: MethodDefinition<_atrium_tenancy_v1_ListCustomFieldsRequest, _atrium_tenancy_v1_ListCustomFieldsResponse, _atrium_tenancy_v1_ListCustomFieldsRequest__Output, _atrium_tenancy_v1_ListCustomFieldsResponse__Output>
  ListInvitations: MethodDefinition<_atrium_tenancy_v1_ListInvitationsRequest, _atrium_tenancy_v1_ListInvitationsResponse, _atrium_tenancy_v1_ListInvitationsRequest__Output, _atrium_tenancy_v1_ListInvitationsResponse__Output>
  ListMembers: MethodDefinition<_atrium_tenancy_v1_ListMembersRequest, _atrium_tenancy_v1_ListMembersResponse, _atrium_tenancy_v1_ListMembersRequest__Output, _atrium_tenancy_v1_ListMembersResponse__Output>
  MakePrimaryClientUser: MethodDefinition<_atrium_tenancy_v1_MakePrimaryClientUserRequest, _atrium_tenancy_v1_MakePrimaryClientUserResponse, _atrium_tenancy_v1_MakePrimaryClientUserRequest__Output, _atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>
  ReactivateClient: MethodDefinition<_atrium_tenancy_v1_ReactivateClientRequest, _atrium_tenancy_v1_ReactivateClientResponse, _atrium_tenancy_v1_ReactivateClientRequest__Output, _atrium_tenancy_v1_ReactivateClientResponse__Output>
  RecordSwitchAction: MethodDefinition<_atrium_tenancy_v1_RecordSwitchActionRequest, _atrium_tenancy_v1_RecordSwitchActionResponse, _atrium_tenancy_v1_RecordSwitchActionRequest__Output, _atrium_tenancy_v1_RecordSwitchActionResponse__Output>
  RemoveClientUser: MethodDefinition<_atrium_tenancy_v1_RemoveClientUserRequest, _atrium_tenancy_v1_RemoveClientUserResponse, _atrium_tenancy_v1_RemoveClientUserRequest__Output, _atrium_tenancy_v1_RemoveClientUserResponse__Output>
  RemoveMember: MethodDefinition<_atrium_tenancy_v1_RemoveMemberRequest, _atrium_tenancy_v1_RemoveMemberResponse, _atrium_tenancy_v1_RemoveMemberRequest__Output, _atrium_tenancy_v1_RemoveMemberResponse__Output>
  RequestProspectCleanup: MethodDefinition<_atrium_tenancy_v1_RequestProspectCleanupRequest, _atrium_tenancy_v1_RequestProspectCleanupResponse, _atrium_tenancy_v1_RequestProspectCleanupRequest__Output, _atrium_tenancy_v1_RequestProspectCleanupResponse__Output>
  ResendInvitation: MethodDefinition<_atrium_tenancy_v1_ResendInvitationRequest, _atrium_tenancy_v1_ResendInvitationResponse, _atrium_tenancy_v1_ResendInvitationRequest__Output, _atrium_tenancy_v1_ResendInvitationResponse__Output>
  ResolveInvitation: MethodDefinition<_atrium_tenancy_v1_ResolveInvitationRequest, _atrium_tenancy_v1_ResolveInvitationResponse, _atrium_tenancy_v1_ResolveInvitationRequest__Output, _atrium_tenancy_v1_ResolveInvitationResponse__Output>
  SaveCustomField: MethodDefinition<_atrium_tenancy_v1_SaveCustomFieldRequest, _atrium_tenancy_v1_SaveCustomFieldResponse, _atrium_tenancy_v1_SaveCustomFieldRequest__Output, _atrium_tenancy_v1_SaveCustomFieldResponse__Output>
  SetClientTeam: MethodDefinition<_atrium_tenancy_v1_SetClientTeamRequest, _atrium_tenancy_v1_SetClientTeamResponse, _atrium_tenancy_v1_SetClientTeamRequest__Output, _atrium_tenancy_v1_SetClientTeamResponse__Output>
  StartClientSwitch: MethodDefinition<_atrium_tenancy_v1_StartClientSwitchRequest, _atrium_tenancy_v1_StartClientSwitchResponse, _atrium_tenancy_v1_StartClientSwitchRequest__Output, _atrium_tenancy_v1_StartClientSwitchResponse__Output>
  TransferOwnership: MethodDefinition<_atrium_tenancy_v1_TransferOwnershipRequest, _atrium_tenancy_v1_TransferOwnershipResponse, _atrium_tenancy_v1_TransferOwnershipRequest__Output, _atrium_tenancy_v1_TransferOwnershipResponse__Output>
  UpdateAgency: MethodDefinition<_atrium_tenancy_v1_UpdateAgencyRequest, _atrium_tenancy_v1_UpdateAgencyResponse, _atrium_tenancy_v1_UpdateAgencyRequest__Output, _atrium_tenancy_v1_UpdateAgencyResponse__Output>
  UpdateAgencyRole: MethodDefinition<_atrium_tenancy_v1_UpdateAgencyRoleRequest, _atrium_tenancy_v1_UpdateAgencyRoleResponse, _atrium_tenancy_v1_UpdateAgencyRoleRequest__Output, _atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>
  UpdateClient: MethodDefinition<_atrium_tenancy_v1_UpdateClientRequest, _atrium_tenancy_v1_UpdateClientResponse, _atrium_tenancy_v1_UpdateClientRequest__Output, _atrium_tenancy_v1_UpdateClientResponse__Output>
  UpdateClientUser: MethodDefinition<_atrium_tenancy_v1_UpdateClientUserRequest, _atrium_tenancy_v1_UpdateClientUserResponse, _atrium_tenancy_v1_UpdateClientUserRequest__Output, _atrium_tenancy_v1_UpdateClientUserResponse__Output>
}
