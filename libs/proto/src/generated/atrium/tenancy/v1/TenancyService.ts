// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangeMemberRoleRequest as _atrium_tenancy_v1_ChangeMemberRoleRequest, ChangeMemberRoleRequest__Output as _atrium_tenancy_v1_ChangeMemberRoleRequest__Output } from '../../../atrium/tenancy/v1/ChangeMemberRoleRequest';
import type { ChangeMemberRoleResponse as _atrium_tenancy_v1_ChangeMemberRoleResponse, ChangeMemberRoleResponse__Output as _atrium_tenancy_v1_ChangeMemberRoleResponse__Output } from '../../../atrium/tenancy/v1/ChangeMemberRoleResponse';
import type { ClaimInvitationRequest as _atrium_tenancy_v1_ClaimInvitationRequest, ClaimInvitationRequest__Output as _atrium_tenancy_v1_ClaimInvitationRequest__Output } from '../../../atrium/tenancy/v1/ClaimInvitationRequest';
import type { ClaimInvitationResponse as _atrium_tenancy_v1_ClaimInvitationResponse, ClaimInvitationResponse__Output as _atrium_tenancy_v1_ClaimInvitationResponse__Output } from '../../../atrium/tenancy/v1/ClaimInvitationResponse';
import type { CreateAgencyRequest as _atrium_tenancy_v1_CreateAgencyRequest, CreateAgencyRequest__Output as _atrium_tenancy_v1_CreateAgencyRequest__Output } from '../../../atrium/tenancy/v1/CreateAgencyRequest';
import type { CreateAgencyResponse as _atrium_tenancy_v1_CreateAgencyResponse, CreateAgencyResponse__Output as _atrium_tenancy_v1_CreateAgencyResponse__Output } from '../../../atrium/tenancy/v1/CreateAgencyResponse';
import type { CreateClientRequest as _atrium_tenancy_v1_CreateClientRequest, CreateClientRequest__Output as _atrium_tenancy_v1_CreateClientRequest__Output } from '../../../atrium/tenancy/v1/CreateClientRequest';
import type { CreateClientResponse as _atrium_tenancy_v1_CreateClientResponse, CreateClientResponse__Output as _atrium_tenancy_v1_CreateClientResponse__Output } from '../../../atrium/tenancy/v1/CreateClientResponse';
import type { DeactivateClientRequest as _atrium_tenancy_v1_DeactivateClientRequest, DeactivateClientRequest__Output as _atrium_tenancy_v1_DeactivateClientRequest__Output } from '../../../atrium/tenancy/v1/DeactivateClientRequest';
import type { DeactivateClientResponse as _atrium_tenancy_v1_DeactivateClientResponse, DeactivateClientResponse__Output as _atrium_tenancy_v1_DeactivateClientResponse__Output } from '../../../atrium/tenancy/v1/DeactivateClientResponse';
import type { DeleteCustomFieldRequest as _atrium_tenancy_v1_DeleteCustomFieldRequest, DeleteCustomFieldRequest__Output as _atrium_tenancy_v1_DeleteCustomFieldRequest__Output } from '../../../atrium/tenancy/v1/DeleteCustomFieldRequest';
import type { DeleteCustomFieldResponse as _atrium_tenancy_v1_DeleteCustomFieldResponse, DeleteCustomFieldResponse__Output as _atrium_tenancy_v1_DeleteCustomFieldResponse__Output } from '../../../atrium/tenancy/v1/DeleteCustomFieldResponse';
import type { GetAccessRequest as _atrium_tenancy_v1_GetAccessRequest, GetAccessRequest__Output as _atrium_tenancy_v1_GetAccessRequest__Output } from '../../../atrium/tenancy/v1/GetAccessRequest';
import type { GetAccessResponse as _atrium_tenancy_v1_GetAccessResponse, GetAccessResponse__Output as _atrium_tenancy_v1_GetAccessResponse__Output } from '../../../atrium/tenancy/v1/GetAccessResponse';
import type { GetAgencyHomeRequest as _atrium_tenancy_v1_GetAgencyHomeRequest, GetAgencyHomeRequest__Output as _atrium_tenancy_v1_GetAgencyHomeRequest__Output } from '../../../atrium/tenancy/v1/GetAgencyHomeRequest';
import type { GetAgencyHomeResponse as _atrium_tenancy_v1_GetAgencyHomeResponse, GetAgencyHomeResponse__Output as _atrium_tenancy_v1_GetAgencyHomeResponse__Output } from '../../../atrium/tenancy/v1/GetAgencyHomeResponse';
import type { GetAgencyRequest as _atrium_tenancy_v1_GetAgencyRequest, GetAgencyRequest__Output as _atrium_tenancy_v1_GetAgencyRequest__Output } from '../../../atrium/tenancy/v1/GetAgencyRequest';
import type { GetAgencyResponse as _atrium_tenancy_v1_GetAgencyResponse, GetAgencyResponse__Output as _atrium_tenancy_v1_GetAgencyResponse__Output } from '../../../atrium/tenancy/v1/GetAgencyResponse';
import type { GetClientRequest as _atrium_tenancy_v1_GetClientRequest, GetClientRequest__Output as _atrium_tenancy_v1_GetClientRequest__Output } from '../../../atrium/tenancy/v1/GetClientRequest';
import type { GetClientResponse as _atrium_tenancy_v1_GetClientResponse, GetClientResponse__Output as _atrium_tenancy_v1_GetClientResponse__Output } from '../../../atrium/tenancy/v1/GetClientResponse';
import type { GetClientTeamRequest as _atrium_tenancy_v1_GetClientTeamRequest, GetClientTeamRequest__Output as _atrium_tenancy_v1_GetClientTeamRequest__Output } from '../../../atrium/tenancy/v1/GetClientTeamRequest';
import type { GetClientTeamResponse as _atrium_tenancy_v1_GetClientTeamResponse, GetClientTeamResponse__Output as _atrium_tenancy_v1_GetClientTeamResponse__Output } from '../../../atrium/tenancy/v1/GetClientTeamResponse';
import type { GetPermissionCatalogueRequest as _atrium_tenancy_v1_GetPermissionCatalogueRequest, GetPermissionCatalogueRequest__Output as _atrium_tenancy_v1_GetPermissionCatalogueRequest__Output } from '../../../atrium/tenancy/v1/GetPermissionCatalogueRequest';
import type { GetPermissionCatalogueResponse as _atrium_tenancy_v1_GetPermissionCatalogueResponse, GetPermissionCatalogueResponse__Output as _atrium_tenancy_v1_GetPermissionCatalogueResponse__Output } from '../../../atrium/tenancy/v1/GetPermissionCatalogueResponse';
import type { GetPublicBrandingRequest as _atrium_tenancy_v1_GetPublicBrandingRequest, GetPublicBrandingRequest__Output as _atrium_tenancy_v1_GetPublicBrandingRequest__Output } from '../../../atrium/tenancy/v1/GetPublicBrandingRequest';
import type { GetPublicBrandingResponse as _atrium_tenancy_v1_GetPublicBrandingResponse, GetPublicBrandingResponse__Output as _atrium_tenancy_v1_GetPublicBrandingResponse__Output } from '../../../atrium/tenancy/v1/GetPublicBrandingResponse';
import type { InviteAgencyMemberRequest as _atrium_tenancy_v1_InviteAgencyMemberRequest, InviteAgencyMemberRequest__Output as _atrium_tenancy_v1_InviteAgencyMemberRequest__Output } from '../../../atrium/tenancy/v1/InviteAgencyMemberRequest';
import type { InviteAgencyMemberResponse as _atrium_tenancy_v1_InviteAgencyMemberResponse, InviteAgencyMemberResponse__Output as _atrium_tenancy_v1_InviteAgencyMemberResponse__Output } from '../../../atrium/tenancy/v1/InviteAgencyMemberResponse';
import type { ListClientAudienceRequest as _atrium_tenancy_v1_ListClientAudienceRequest, ListClientAudienceRequest__Output as _atrium_tenancy_v1_ListClientAudienceRequest__Output } from '../../../atrium/tenancy/v1/ListClientAudienceRequest';
import type { ListClientAudienceResponse as _atrium_tenancy_v1_ListClientAudienceResponse, ListClientAudienceResponse__Output as _atrium_tenancy_v1_ListClientAudienceResponse__Output } from '../../../atrium/tenancy/v1/ListClientAudienceResponse';
import type { ListClientsRequest as _atrium_tenancy_v1_ListClientsRequest, ListClientsRequest__Output as _atrium_tenancy_v1_ListClientsRequest__Output } from '../../../atrium/tenancy/v1/ListClientsRequest';
import type { ListClientsResponse as _atrium_tenancy_v1_ListClientsResponse, ListClientsResponse__Output as _atrium_tenancy_v1_ListClientsResponse__Output } from '../../../atrium/tenancy/v1/ListClientsResponse';
import type { ListCustomFieldsRequest as _atrium_tenancy_v1_ListCustomFieldsRequest, ListCustomFieldsRequest__Output as _atrium_tenancy_v1_ListCustomFieldsRequest__Output } from '../../../atrium/tenancy/v1/ListCustomFieldsRequest';
import type { ListCustomFieldsResponse as _atrium_tenancy_v1_ListCustomFieldsResponse, ListCustomFieldsResponse__Output as _atrium_tenancy_v1_ListCustomFieldsResponse__Output } from '../../../atrium/tenancy/v1/ListCustomFieldsResponse';
import type { ListMembersRequest as _atrium_tenancy_v1_ListMembersRequest, ListMembersRequest__Output as _atrium_tenancy_v1_ListMembersRequest__Output } from '../../../atrium/tenancy/v1/ListMembersRequest';
import type { ListMembersResponse as _atrium_tenancy_v1_ListMembersResponse, ListMembersResponse__Output as _atrium_tenancy_v1_ListMembersResponse__Output } from '../../../atrium/tenancy/v1/ListMembersResponse';
import type { ReactivateClientRequest as _atrium_tenancy_v1_ReactivateClientRequest, ReactivateClientRequest__Output as _atrium_tenancy_v1_ReactivateClientRequest__Output } from '../../../atrium/tenancy/v1/ReactivateClientRequest';
import type { ReactivateClientResponse as _atrium_tenancy_v1_ReactivateClientResponse, ReactivateClientResponse__Output as _atrium_tenancy_v1_ReactivateClientResponse__Output } from '../../../atrium/tenancy/v1/ReactivateClientResponse';
import type { RemoveMemberRequest as _atrium_tenancy_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _atrium_tenancy_v1_RemoveMemberRequest__Output } from '../../../atrium/tenancy/v1/RemoveMemberRequest';
import type { RemoveMemberResponse as _atrium_tenancy_v1_RemoveMemberResponse, RemoveMemberResponse__Output as _atrium_tenancy_v1_RemoveMemberResponse__Output } from '../../../atrium/tenancy/v1/RemoveMemberResponse';
import type { ResolveInvitationRequest as _atrium_tenancy_v1_ResolveInvitationRequest, ResolveInvitationRequest__Output as _atrium_tenancy_v1_ResolveInvitationRequest__Output } from '../../../atrium/tenancy/v1/ResolveInvitationRequest';
import type { ResolveInvitationResponse as _atrium_tenancy_v1_ResolveInvitationResponse, ResolveInvitationResponse__Output as _atrium_tenancy_v1_ResolveInvitationResponse__Output } from '../../../atrium/tenancy/v1/ResolveInvitationResponse';
import type { SaveCustomFieldRequest as _atrium_tenancy_v1_SaveCustomFieldRequest, SaveCustomFieldRequest__Output as _atrium_tenancy_v1_SaveCustomFieldRequest__Output } from '../../../atrium/tenancy/v1/SaveCustomFieldRequest';
import type { SaveCustomFieldResponse as _atrium_tenancy_v1_SaveCustomFieldResponse, SaveCustomFieldResponse__Output as _atrium_tenancy_v1_SaveCustomFieldResponse__Output } from '../../../atrium/tenancy/v1/SaveCustomFieldResponse';
import type { SetClientTeamRequest as _atrium_tenancy_v1_SetClientTeamRequest, SetClientTeamRequest__Output as _atrium_tenancy_v1_SetClientTeamRequest__Output } from '../../../atrium/tenancy/v1/SetClientTeamRequest';
import type { SetClientTeamResponse as _atrium_tenancy_v1_SetClientTeamResponse, SetClientTeamResponse__Output as _atrium_tenancy_v1_SetClientTeamResponse__Output } from '../../../atrium/tenancy/v1/SetClientTeamResponse';
import type { TransferOwnershipRequest as _atrium_tenancy_v1_TransferOwnershipRequest, TransferOwnershipRequest__Output as _atrium_tenancy_v1_TransferOwnershipRequest__Output } from '../../../atrium/tenancy/v1/TransferOwnershipRequest';
import type { TransferOwnershipResponse as _atrium_tenancy_v1_TransferOwnershipResponse, TransferOwnershipResponse__Output as _atrium_tenancy_v1_TransferOwnershipResponse__Output } from '../../../atrium/tenancy/v1/TransferOwnershipResponse';
import type { UpdateAgencyRequest as _atrium_tenancy_v1_UpdateAgencyRequest, UpdateAgencyRequest__Output as _atrium_tenancy_v1_UpdateAgencyRequest__Output } from '../../../atrium/tenancy/v1/UpdateAgencyRequest';
import type { UpdateAgencyResponse as _atrium_tenancy_v1_UpdateAgencyResponse, UpdateAgencyResponse__Output as _atrium_tenancy_v1_UpdateAgencyResponse__Output } from '../../../atrium/tenancy/v1/UpdateAgencyResponse';
import type { UpdateClientRequest as _atrium_tenancy_v1_UpdateClientRequest, UpdateClientRequest__Output as _atrium_tenancy_v1_UpdateClientRequest__Output } from '../../../atrium/tenancy/v1/UpdateClientRequest';
import type { UpdateClientResponse as _atrium_tenancy_v1_UpdateClientResponse, UpdateClientResponse__Output as _atrium_tenancy_v1_UpdateClientResponse__Output } from '../../../atrium/tenancy/v1/UpdateClientResponse';

export interface TenancyServiceClient extends grpc.Client {
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
  
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  DeactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  deactivateClient(argument: _atrium_tenancy_v1_DeactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeactivateClientResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomField(argument: _atrium_tenancy_v1_DeleteCustomFieldRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_DeleteCustomFieldResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  GetClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  getClientTeam(argument: _atrium_tenancy_v1_GetClientTeamRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetClientTeamResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _atrium_tenancy_v1_ListMembersRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _atrium_tenancy_v1_ListMembersRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  ReactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  reactivateClient(argument: _atrium_tenancy_v1_ReactivateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ReactivateClientResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _atrium_tenancy_v1_RemoveMemberRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _atrium_tenancy_v1_UpdateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_UpdateClientResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface TenancyServiceHandlers extends grpc.UntypedServiceImplementation {
  ChangeMemberRole: grpc.handleUnaryCall<_atrium_tenancy_v1_ChangeMemberRoleRequest__Output, _atrium_tenancy_v1_ChangeMemberRoleResponse>;
  
  ClaimInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ClaimInvitationRequest__Output, _atrium_tenancy_v1_ClaimInvitationResponse>;
  
  CreateAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse>;
  
  CreateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse>;
  
  DeactivateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_DeactivateClientRequest__Output, _atrium_tenancy_v1_DeactivateClientResponse>;
  
  DeleteCustomField: grpc.handleUnaryCall<_atrium_tenancy_v1_DeleteCustomFieldRequest__Output, _atrium_tenancy_v1_DeleteCustomFieldResponse>;
  
  GetAccess: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse>;
  
  GetAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAgencyRequest__Output, _atrium_tenancy_v1_GetAgencyResponse>;
  
  GetAgencyHome: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAgencyHomeRequest__Output, _atrium_tenancy_v1_GetAgencyHomeResponse>;
  
  GetClient: grpc.handleUnaryCall<_atrium_tenancy_v1_GetClientRequest__Output, _atrium_tenancy_v1_GetClientResponse>;
  
  GetClientTeam: grpc.handleUnaryCall<_atrium_tenancy_v1_GetClientTeamRequest__Output, _atrium_tenancy_v1_GetClientTeamResponse>;
  
  GetPermissionCatalogue: grpc.handleUnaryCall<_atrium_tenancy_v1_GetPermissionCatalogueRequest__Output, _atrium_tenancy_v1_GetPermissionCatalogueResponse>;
  
  GetPublicBranding: grpc.handleUnaryCall<_atrium_tenancy_v1_GetPublicBrandingRequest__Output, _atrium_tenancy_v1_GetPublicBrandingResponse>;
  
  InviteAgencyMember: grpc.handleUnaryCall<_atrium_tenancy_v1_InviteAgencyMemberRequest__Output, _atrium_tenancy_v1_InviteAgencyMemberResponse>;
  
  ListClientAudience: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse>;
  
  ListClients: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse>;
  
  ListCustomFields: grpc.handleUnaryCall<_atrium_tenancy_v1_ListCustomFieldsRequest__Output, _atrium_tenancy_v1_ListCustomFieldsResponse>;
  
  ListMembers: grpc.handleUnaryCall<_atrium_tenancy_v1_ListMembersRequest__Output, _atrium_tenancy_v1_ListMembersResponse>;
  
  ReactivateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_ReactivateClientRequest__Output, _atrium_tenancy_v1_ReactivateClientResponse>;
  
  RemoveMember: grpc.handleUnaryCall<_atrium_tenancy_v1_RemoveMemberRequest__Output, _atrium_tenancy_v1_RemoveMemberResponse>;
  
  ResolveInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ResolveInvitationRequest__Output, _atrium_tenancy_v1_ResolveInvitationResponse>;
  
  SaveCustomField: grpc.handleUnaryCall<_atrium_tenancy_v1_SaveCustomFieldRequest__Output, _atrium_tenancy_v1_SaveCustomFieldResponse>;
  
  SetClientTeam: grpc.handleUnaryCall<_atrium_tenancy_v1_SetClientTeamRequest__Output, _atrium_tenancy_v1_SetClientTeamResponse>;
  
  TransferOwnership: grpc.handleUnaryCall<_atrium_tenancy_v1_TransferOwnershipRequest__Output, _atrium_tenancy_v1_TransferOwnershipResponse>;
  
  UpdateAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_UpdateAgencyRequest__Output, _atrium_tenancy_v1_UpdateAgencyResponse>;
  
  UpdateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_UpdateClientRequest__Output, _atrium_tenancy_v1_UpdateClientResponse>;
  
}

export interface TenancyServiceDefinition extends grpc.ServiceDefinition {
  ChangeMemberRole: MethodDefinition<_atrium_tenancy_v1_ChangeMemberRoleRequest, _atrium_tenancy_v1_ChangeMemberRoleResponse, _atrium_tenancy_v1_ChangeMemberRoleRequest__Output, _atrium_tenancy_v1_ChangeMemberRoleResponse__Output>
  ClaimInvitation: MethodDefinition<_atrium_tenancy_v1_ClaimInvitationRequest, _atrium_tenancy_v1_ClaimInvitationResponse, _atrium_tenancy_v1_ClaimInvitationRequest__Output, _atrium_tenancy_v1_ClaimInvitationResponse__Output>
  CreateAgency: MethodDefinition<_atrium_tenancy_v1_CreateAgencyRequest, _atrium_tenancy_v1_CreateAgencyResponse, _atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse__Output>
  CreateClient: MethodDefinition<_atrium_tenancy_v1_CreateClientRequest, _atrium_tenancy_v1_CreateClientResponse, _atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse__Output>
  DeactivateClient: MethodDefinition<_atrium_tenancy_v1_DeactivateClientRequest, _atrium_tenancy_v1_DeactivateClientResponse, _atrium_tenancy_v1_DeactivateClientRequest__Output, _atrium_tenancy_v1_DeactivateClientResponse__Output>
  DeleteCustomField: MethodDefinition<_atrium_tenancy_v1_DeleteCustomFieldRequest, _atrium_tenancy_v1_DeleteCustomFieldResponse, _atrium_tenancy_v1_DeleteCustomFieldRequest__Output, _atrium_tenancy_v1_DeleteCustomFieldResponse__Output>
  GetAccess: MethodDefinition<_atrium_tenancy_v1_GetAccessRequest, _atrium_tenancy_v1_GetAccessResponse, _atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse__Output>
  GetAgency: MethodDefinition<_atrium_tenancy_v1_GetAgencyRequest, _atrium_tenancy_v1_GetAgencyResponse, _atrium_tenancy_v1_GetAgencyRequest__Output, _atrium_tenancy_v1_GetAgencyResponse__Output>
  GetAgencyHome: MethodDefinition<_atrium_tenancy_v1_GetAgencyHomeRequest, _atrium_tenancy_v1_GetAgencyHomeResponse, _atrium_tenancy_v1_GetAgencyHomeRequest__Output, _atrium_tenancy_v1_GetAgencyHomeResponse__Output>
  GetClient: MethodDefinition<_atrium_tenancy_v1_GetClientRequest, _atrium_tenancy_v1_GetClientResponse, _atrium_tenancy_v1_GetClientRequest__Output, _atrium_tenancy_v1_GetClientResponse__Output>
  GetClientTeam: MethodDefinition<_atrium_tenancy_v1_GetClientTeamRequest, _atrium_tenancy_v1_GetClientTeamResponse, _atrium_tenancy_v1_GetClientTeamRequest__Output, _atrium_tenancy_v1_GetClientTeamResponse__Output>
  GetPermissionCatalogue: MethodDefinition<_atrium_tenancy_v1_GetPermissionCatalogueRequest, _atrium_tenancy_v1_GetPermissionCatalogueResponse, _atrium_tenancy_v1_GetPermissionCatalogueRequest__Output, _atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>
  GetPublicBranding: MethodDefinition<_atrium_tenancy_v1_GetPublicBrandingRequest, _atrium_tenancy_v1_GetPublicBrandingResponse, _atrium_tenancy_v1_GetPublicBrandingRequest__Output, _atrium_tenancy_v1_GetPublicBrandingResponse__Output>
  InviteAgencyMember: MethodDefinition<_atrium_tenancy_v1_InviteAgencyMemberRequest, _atrium_tenancy_v1_InviteAgencyMemberResponse, _atrium_tenancy_v1_InviteAgencyMemberRequest__Output, _atrium_tenancy_v1_InviteAgencyMemberResponse__Output>
  ListClientAudience: MethodDefinition<_atrium_tenancy_v1_ListClientAudienceRequest, _atrium_tenancy_v1_ListClientAudienceResponse, _atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse__Output>
  ListClients: MethodDefinition<_atrium_tenancy_v1_ListClientsRequest, _atrium_tenancy_v1_ListClientsResponse, _atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse__Output>
  ListCustomFields: MethodDefinition<_atrium_tenancy_v1_ListCustomFieldsRequest, _atrium_tenancy_v1_ListCustomFieldsResponse, _atrium_tenancy_v1_ListCustomFieldsRequest__Output, _atrium_tenancy_v1_ListCustomFieldsResponse__Output>
  ListMembers: MethodDefinition<_atrium_tenancy_v1_ListMembersRequest, _atrium_tenancy_v1_ListMembersResponse, _atrium_tenancy_v1_ListMembersRequest__Output, _atrium_tenancy_v1_ListMembersResponse__Output>
  ReactivateClient: MethodDefinition<_atrium_tenancy_v1_ReactivateClientRequest, _atrium_tenancy_v1_ReactivateClientResponse, _atrium_tenancy_v1_ReactivateClientRequest__Output, _atrium_tenancy_v1_ReactivateClientResponse__Output>
  RemoveMember: MethodDefinition<_atrium_tenancy_v1_RemoveMemberRequest, _atrium_tenancy_v1_RemoveMemberResponse, _atrium_tenancy_v1_RemoveMemberRequest__Output, _atrium_tenancy_v1_RemoveMemberResponse__Output>
  ResolveInvitation: MethodDefinition<_atrium_tenancy_v1_ResolveInvitationRequest, _atrium_tenancy_v1_ResolveInvitationResponse, _atrium_tenancy_v1_ResolveInvitationRequest__Output, _atrium_tenancy_v1_ResolveInvitationResponse__Output>
  SaveCustomField: MethodDefinition<_atrium_tenancy_v1_SaveCustomFieldRequest, _atrium_tenancy_v1_SaveCustomFieldResponse, _atrium_tenancy_v1_SaveCustomFieldRequest__Output, _atrium_tenancy_v1_SaveCustomFieldResponse__Output>
  SetClientTeam: MethodDefinition<_atrium_tenancy_v1_SetClientTeamRequest, _atrium_tenancy_v1_SetClientTeamResponse, _atrium_tenancy_v1_SetClientTeamRequest__Output, _atrium_tenancy_v1_SetClientTeamResponse__Output>
  TransferOwnership: MethodDefinition<_atrium_tenancy_v1_TransferOwnershipRequest, _atrium_tenancy_v1_TransferOwnershipResponse, _atrium_tenancy_v1_TransferOwnershipRequest__Output, _atrium_tenancy_v1_TransferOwnershipResponse__Output>
  UpdateAgency: MethodDefinition<_atrium_tenancy_v1_UpdateAgencyRequest, _atrium_tenancy_v1_UpdateAgencyResponse, _atrium_tenancy_v1_UpdateAgencyRequest__Output, _atrium_tenancy_v1_UpdateAgencyResponse__Output>
  UpdateClient: MethodDefinition<_atrium_tenancy_v1_UpdateClientRequest, _atrium_tenancy_v1_UpdateClientResponse, _atrium_tenancy_v1_UpdateClientRequest__Output, _atrium_tenancy_v1_UpdateClientResponse__Output>
}
