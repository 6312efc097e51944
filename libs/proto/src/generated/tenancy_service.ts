import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from './atrium/tenancy/v1/Agency';
import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from './atrium/tenancy/v1/AgencyAddress';
import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from './atrium/tenancy/v1/AgencyRole';
import type { AuditActor as _atrium_tenancy_v1_AuditActor, AuditActor__Output as _atrium_tenancy_v1_AuditActor__Output } from './atrium/tenancy/v1/AuditActor';
import type { AuditEntry as _atrium_tenancy_v1_AuditEntry, AuditEntry__Output as _atrium_tenancy_v1_AuditEntry__Output } from './atrium/tenancy/v1/AuditEntry';
import type { CancelInvitationRequest as _atrium_tenancy_v1_CancelInvitationRequest, CancelInvitationRequest__Output as _atrium_tenancy_v1_CancelInvitationRequest__Output } from './atrium/tenancy/v1/CancelInvitationRequest';
import type { CancelInvitationResponse as _atrium_tenancy_v1_CancelInvitationResponse, CancelInvitationResponse__Output as _atrium_tenancy_v1_CancelInvitationResponse__Output } from './atrium/tenancy/v1/CancelInvitationResponse';
import type { ChangeMemberRoleRequest as _atrium_tenancy_v1_ChangeMemberRoleRequest, ChangeMemberRoleRequest__Output as _atrium_tenancy_v1_ChangeMemberRoleRequest__Output } from './atrium/tenancy/v1/ChangeMemberRoleRequest';
import type { ChangeMemberRoleResponse as _atrium_tenancy_v1_ChangeMemberRoleResponse, ChangeMemberRoleResponse__Output as _atrium_tenancy_v1_ChangeMemberRoleResponse__Output } from './atrium/tenancy/v1/ChangeMemberRoleResponse';
import type { ClaimInvitationRequest as _atrium_tenancy_v1_ClaimInvitationRequest, ClaimInvitationRequest__Output as _atrium_tenancy_v1_ClaimInvitationRequest__Output } from './atrium/tenancy/v1/ClaimInvitationRequest';
import type { ClaimInvitationResponse as _atrium_tenancy_v1_ClaimInvitationResponse, ClaimInvitationResponse__Output as _atrium_tenancy_v1_ClaimInvitationResponse__Output } from './atrium/tenancy/v1/ClaimInvitationResponse';
import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from './atrium/tenancy/v1/Client';
import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from './atrium/tenancy/v1/ClientCounters';
import type { ClientListItem as _atrium_tenancy_v1_ClientListItem, ClientListItem__Output as _atrium_tenancy_v1_ClientListItem__Output } from './atrium/tenancy/v1/ClientListItem';
import type { ClientRoleGrant as _atrium_tenancy_v1_ClientRoleGrant, ClientRoleGrant__Output as _atrium_tenancy_v1_ClientRoleGrant__Output } from './atrium/tenancy/v1/ClientRoleGrant';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from './atrium/tenancy/v1/ClientSettings';
import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from './atrium/tenancy/v1/ClientUser';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from './atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from './atrium/tenancy/v1/ContactPerson';
import type { CreateAgencyRequest as _atrium_tenancy_v1_CreateAgencyRequest, CreateAgencyRequest__Output as _atrium_tenancy_v1_CreateAgencyRequest__Output } from './atrium/tenancy/v1/CreateAgencyRequest';
import type { CreateAgencyResponse as _atrium_tenancy_v1_CreateAgencyResponse, CreateAgencyResponse__Output as _atrium_tenancy_v1_CreateAgencyResponse__Output } from './atrium/tenancy/v1/CreateAgencyResponse';
import type { CreateAgencyRoleRequest as _atrium_tenancy_v1_CreateAgencyRoleRequest, CreateAgencyRoleRequest__Output as _atrium_tenancy_v1_CreateAgencyRoleRequest__Output } from './atrium/tenancy/v1/CreateAgencyRoleRequest';
import type { CreateAgencyRoleResponse as _atrium_tenancy_v1_CreateAgencyRoleResponse, CreateAgencyRoleResponse__Output as _atrium_tenancy_v1_CreateAgencyRoleResponse__Output } from './atrium/tenancy/v1/CreateAgencyRoleResponse';
import type { CreateClientRequest as _atrium_tenancy_v1_CreateClientRequest, CreateClientRequest__Output as _atrium_tenancy_v1_CreateClientRequest__Output } from './atrium/tenancy/v1/CreateClientRequest';
import type { CreateClientResponse as _atrium_tenancy_v1_CreateClientResponse, CreateClientResponse__Output as _atrium_tenancy_v1_CreateClientResponse__Output } from './atrium/tenancy/v1/CreateClientResponse';
import type { CreateClientUserRequest as _atrium_tenancy_v1_CreateClientUserRequest, CreateClientUserRequest__Output as _atrium_tenancy_v1_CreateClientUserRequest__Output } from './atrium/tenancy/v1/CreateClientUserRequest';
import type { CreateClientUserResponse as _atrium_tenancy_v1_CreateClientUserResponse, CreateClientUserResponse__Output as _atrium_tenancy_v1_CreateClientUserResponse__Output } from './atrium/tenancy/v1/CreateClientUserResponse';
import type { CustomField as _atrium_tenancy_v1_CustomField, CustomField__Output as _atrium_tenancy_v1_CustomField__Output } from './atrium/tenancy/v1/CustomField';
import type { CustomProperties as _atrium_tenancy_v1_CustomProperties, CustomProperties__Output as _atrium_tenancy_v1_CustomProperties__Output } from './atrium/tenancy/v1/CustomProperties';
import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from './atrium/tenancy/v1/CustomProperty';
import type { DeactivateClientRequest as _atrium_tenancy_v1_DeactivateClientRequest, DeactivateClientRequest__Output as _atrium_tenancy_v1_DeactivateClientRequest__Output } from './atrium/tenancy/v1/DeactivateClientRequest';
import type { DeactivateClientResponse as _atrium_tenancy_v1_DeactivateClientResponse, DeactivateClientResponse__Output as _atrium_tenancy_v1_DeactivateClientResponse__Output } from './atrium/tenancy/v1/DeactivateClientResponse';
import type { DeleteAgencyRoleRequest as _atrium_tenancy_v1_DeleteAgencyRoleRequest, DeleteAgencyRoleRequest__Output as _atrium_tenancy_v1_DeleteAgencyRoleRequest__Output } from './atrium/tenancy/v1/DeleteAgencyRoleRequest';
import type { DeleteAgencyRoleResponse as _atrium_tenancy_v1_DeleteAgencyRoleResponse, DeleteAgencyRoleResponse__Output as _atrium_tenancy_v1_DeleteAgencyRoleResponse__Output } from './atrium/tenancy/v1/DeleteAgencyRoleResponse';
import type { DeleteClientRequest as _atrium_tenancy_v1_DeleteClientRequest, DeleteClientRequest__Output as _atrium_tenancy_v1_DeleteClientRequest__Output } from './atrium/tenancy/v1/DeleteClientRequest';
import type { DeleteClientResponse as _atrium_tenancy_v1_DeleteClientResponse, DeleteClientResponse__Output as _atrium_tenancy_v1_DeleteClientResponse__Output } from './atrium/tenancy/v1/DeleteClientResponse';
import type { DeleteCustomFieldRequest as _atrium_tenancy_v1_DeleteCustomFieldRequest, DeleteCustomFieldRequest__Output as _atrium_tenancy_v1_DeleteCustomFieldRequest__Output } from './atrium/tenancy/v1/DeleteCustomFieldRequest';
import type { DeleteCustomFieldResponse as _atrium_tenancy_v1_DeleteCustomFieldResponse, DeleteCustomFieldResponse__Output as _atrium_tenancy_v1_DeleteCustomFieldResponse__Output } from './atrium/tenancy/v1/DeleteCustomFieldResponse';
import type { DiscardClientUserRequest as _atrium_tenancy_v1_DiscardClientUserRequest, DiscardClientUserRequest__Output as _atrium_tenancy_v1_DiscardClientUserRequest__Output } from './atrium/tenancy/v1/DiscardClientUserRequest';
import type { DiscardClientUserResponse as _atrium_tenancy_v1_DiscardClientUserResponse, DiscardClientUserResponse__Output as _atrium_tenancy_v1_DiscardClientUserResponse__Output } from './atrium/tenancy/v1/DiscardClientUserResponse';
import type { GetAccessRequest as _atrium_tenancy_v1_GetAccessRequest, GetAccessRequest__Output as _atrium_tenancy_v1_GetAccessRequest__Output } from './atrium/tenancy/v1/GetAccessRequest';
import type { GetAccessResponse as _atrium_tenancy_v1_GetAccessResponse, GetAccessResponse__Output as _atrium_tenancy_v1_GetAccessResponse__Output } from './atrium/tenancy/v1/GetAccessResponse';
import type { GetAgencyHomeRequest as _atrium_tenancy_v1_GetAgencyHomeRequest, GetAgencyHomeRequest__Output as _atrium_tenancy_v1_GetAgencyHomeRequest__Output } from './atrium/tenancy/v1/GetAgencyHomeRequest';
import type { GetAgencyHomeResponse as _atrium_tenancy_v1_GetAgencyHomeResponse, GetAgencyHomeResponse__Output as _atrium_tenancy_v1_GetAgencyHomeResponse__Output } from './atrium/tenancy/v1/GetAgencyHomeResponse';
import type { GetAgencyRequest as _atrium_tenancy_v1_GetAgencyRequest, GetAgencyRequest__Output as _atrium_tenancy_v1_GetAgencyRequest__Output } from './atrium/tenancy/v1/GetAgencyRequest';
import type { GetAgencyResponse as _atrium_tenancy_v1_GetAgencyResponse, GetAgencyResponse__Output as _atrium_tenancy_v1_GetAgencyResponse__Output } from './atrium/tenancy/v1/GetAgencyResponse';
import type { GetClientAccessRequest as _atrium_tenancy_v1_GetClientAccessRequest, GetClientAccessRequest__Output as _atrium_tenancy_v1_GetClientAccessRequest__Output } from './atrium/tenancy/v1/GetClientAccessRequest';
import type { GetClientAccessResponse as _atrium_tenancy_v1_GetClientAccessResponse, GetClientAccessResponse__Output as _atrium_tenancy_v1_GetClientAccessResponse__Output } from './atrium/tenancy/v1/GetClientAccessResponse';
import type { GetClientRequest as _atrium_tenancy_v1_GetClientRequest, GetClientRequest__Output as _atrium_tenancy_v1_GetClientRequest__Output } from './atrium/tenancy/v1/GetClientRequest';
import type { GetClientResponse as _atrium_tenancy_v1_GetClientResponse, GetClientResponse__Output as _atrium_tenancy_v1_GetClientResponse__Output } from './atrium/tenancy/v1/GetClientResponse';
import type { GetClientTeamRequest as _atrium_tenancy_v1_GetClientTeamRequest, GetClientTeamRequest__Output as _atrium_tenancy_v1_GetClientTeamRequest__Output } from './atrium/tenancy/v1/GetClientTeamRequest';
import type { GetClientTeamResponse as _atrium_tenancy_v1_GetClientTeamResponse, GetClientTeamResponse__Output as _atrium_tenancy_v1_GetClientTeamResponse__Output } from './atrium/tenancy/v1/GetClientTeamResponse';
import type { GetJobRequest as _atrium_tenancy_v1_GetJobRequest, GetJobRequest__Output as _atrium_tenancy_v1_GetJobRequest__Output } from './atrium/tenancy/v1/GetJobRequest';
import type { GetJobResponse as _atrium_tenancy_v1_GetJobResponse, GetJobResponse__Output as _atrium_tenancy_v1_GetJobResponse__Output } from './atrium/tenancy/v1/GetJobResponse';
import type { GetPermissionCatalogueRequest as _atrium_tenancy_v1_GetPermissionCatalogueRequest, GetPermissionCatalogueRequest__Output as _atrium_tenancy_v1_GetPermissionCatalogueRequest__Output } from './atrium/tenancy/v1/GetPermissionCatalogueRequest';
import type { GetPermissionCatalogueResponse as _atrium_tenancy_v1_GetPermissionCatalogueResponse, GetPermissionCatalogueResponse__Output as _atrium_tenancy_v1_GetPermissionCatalogueResponse__Output } from './atrium/tenancy/v1/GetPermissionCatalogueResponse';
import type { GetPublicBrandingRequest as _atrium_tenancy_v1_GetPublicBrandingRequest, GetPublicBrandingRequest__Output as _atrium_tenancy_v1_GetPublicBrandingRequest__Output } from './atrium/tenancy/v1/GetPublicBrandingRequest';
import type { GetPublicBrandingResponse as _atrium_tenancy_v1_GetPublicBrandingResponse, GetPublicBrandingResponse__Output as _atrium_tenancy_v1_GetPublicBrandingResponse__Output } from './atrium/tenancy/v1/GetPublicBrandingResponse';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from './atrium/tenancy/v1/Invitation';
import type { InviteAgencyMemberRequest as _atrium_tenancy_v1_InviteAgencyMemberRequest, InviteAgencyMemberRequest__Output as _atrium_tenancy_v1_InviteAgencyMemberRequest__Output } from './atrium/tenancy/v1/InviteAgencyMemberRequest';
import type { InviteAgencyMemberResponse as _atrium_tenancy_v1_InviteAgencyMemberResponse, InviteAgencyMemberResponse__Output as _atrium_tenancy_v1_InviteAgencyMemberResponse__Output } from './atrium/tenancy/v1/InviteAgencyMemberResponse';
import type { InviteClientUserRequest as _atrium_tenancy_v1_InviteClientUserRequest, InviteClientUserRequest__Output as _atrium_tenancy_v1_InviteClientUserRequest__Output } from './atrium/tenancy/v1/InviteClientUserRequest';
import type { InviteClientUserResponse as _atrium_tenancy_v1_InviteClientUserResponse, InviteClientUserResponse__Output as _atrium_tenancy_v1_InviteClientUserResponse__Output } from './atrium/tenancy/v1/InviteClientUserResponse';
import type { Job as _atrium_tenancy_v1_Job, Job__Output as _atrium_tenancy_v1_Job__Output } from './atrium/tenancy/v1/Job';
import type { ListAgencyRolesRequest as _atrium_tenancy_v1_ListAgencyRolesRequest, ListAgencyRolesRequest__Output as _atrium_tenancy_v1_ListAgencyRolesRequest__Output } from './atrium/tenancy/v1/ListAgencyRolesRequest';
import type { ListAgencyRolesResponse as _atrium_tenancy_v1_ListAgencyRolesResponse, ListAgencyRolesResponse__Output as _atrium_tenancy_v1_ListAgencyRolesResponse__Output } from './atrium/tenancy/v1/ListAgencyRolesResponse';
import type { ListAuditEntriesRequest as _atrium_tenancy_v1_ListAuditEntriesRequest, ListAuditEntriesRequest__Output as _atrium_tenancy_v1_ListAuditEntriesRequest__Output } from './atrium/tenancy/v1/ListAuditEntriesRequest';
import type { ListAuditEntriesResponse as _atrium_tenancy_v1_ListAuditEntriesResponse, ListAuditEntriesResponse__Output as _atrium_tenancy_v1_ListAuditEntriesResponse__Output } from './atrium/tenancy/v1/ListAuditEntriesResponse';
import type { ListClientAudienceRequest as _atrium_tenancy_v1_ListClientAudienceRequest, ListClientAudienceRequest__Output as _atrium_tenancy_v1_ListClientAudienceRequest__Output } from './atrium/tenancy/v1/ListClientAudienceRequest';
import type { ListClientAudienceResponse as _atrium_tenancy_v1_ListClientAudienceResponse, ListClientAudienceResponse__Output as _atrium_tenancy_v1_ListClientAudienceResponse__Output } from './atrium/tenancy/v1/ListClientAudienceResponse';
import type { ListClientUsersRequest as _atrium_tenancy_v1_ListClientUsersRequest, ListClientUsersRequest__Output as _atrium_tenancy_v1_ListClientUsersRequest__Output } from './atrium/tenancy/v1/ListClientUsersRequest';
import type { ListClientUsersResponse as _atrium_tenancy_v1_ListClientUsersResponse, ListClientUsersResponse__Output as _atrium_tenancy_v1_ListClientUsersResponse__Output } from './atrium/tenancy/v1/ListClientUsersResponse';
import type { ListClientsRequest as _atrium_tenancy_v1_ListClientsRequest, ListClientsRequest__Output as _atrium_tenancy_v1_ListClientsRequest__Output } from './atrium/tenancy/v1/ListClientsRequest';
import type { ListClientsResponse as _atrium_tenancy_v1_ListClientsResponse, ListClientsResponse__Output as _atrium_tenancy_v1_ListClientsResponse__Output } from './atrium/tenancy/v1/ListClientsResponse';
import type { ListCustomFieldsRequest as _atrium_tenancy_v1_ListCustomFieldsRequest, ListCustomFieldsRequest__Output as _atrium_tenancy_v1_ListCustomFieldsRequest__Output } from './atrium/tenancy/v1/ListCustomFieldsRequest';
import type { ListCustomFieldsResponse as _atrium_tenancy_v1_ListCustomFieldsResponse, ListCustomFieldsResponse__Output as _atrium_tenancy_v1_ListCustomFieldsResponse__Output } from './atrium/tenancy/v1/ListCustomFieldsResponse';
import type { ListInvitationsRequest as _atrium_tenancy_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _atrium_tenancy_v1_ListInvitationsRequest__Output } from './atrium/tenancy/v1/ListInvitationsRequest';
import type { ListInvitationsResponse as _atrium_tenancy_v1_ListInvitationsResponse, ListInvitationsResponse__Output as _atrium_tenancy_v1_ListInvitationsResponse__Output } from './atrium/tenancy/v1/ListInvitationsResponse';
import type { ListMembersRequest as _atrium_tenancy_v1_ListMembersRequest, ListMembersRequest__Output as _atrium_tenancy_v1_ListMembersRequest__Output } from './atrium/tenancy/v1/ListMembersRequest';
import type { ListMembersResponse as _atrium_tenancy_v1_ListMembersResponse, ListMembersResponse__Output as _atrium_tenancy_v1_ListMembersResponse__Output } from './atrium/tenancy/v1/ListMembersResponse';
import type { MakePrimaryClientUserRequest as _atrium_tenancy_v1_MakePrimaryClientUserRequest, MakePrimaryClientUserRequest__Output as _atrium_tenancy_v1_MakePrimaryClientUserRequest__Output } from './atrium/tenancy/v1/MakePrimaryClientUserRequest';
import type { MakePrimaryClientUserResponse as _atrium_tenancy_v1_MakePrimaryClientUserResponse, MakePrimaryClientUserResponse__Output as _atrium_tenancy_v1_MakePrimaryClientUserResponse__Output } from './atrium/tenancy/v1/MakePrimaryClientUserResponse';
import type { Member as _atrium_tenancy_v1_Member, Member__Output as _atrium_tenancy_v1_Member__Output } from './atrium/tenancy/v1/Member';
import type { Permission as _atrium_tenancy_v1_Permission, Permission__Output as _atrium_tenancy_v1_Permission__Output } from './atrium/tenancy/v1/Permission';
import type { PermissionList as _atrium_tenancy_v1_PermissionList, PermissionList__Output as _atrium_tenancy_v1_PermissionList__Output } from './atrium/tenancy/v1/PermissionList';
import type { PublicBranding as _atrium_tenancy_v1_PublicBranding, PublicBranding__Output as _atrium_tenancy_v1_PublicBranding__Output } from './atrium/tenancy/v1/PublicBranding';
import type { ReactivateClientRequest as _atrium_tenancy_v1_ReactivateClientRequest, ReactivateClientRequest__Output as _atrium_tenancy_v1_ReactivateClientRequest__Output } from './atrium/tenancy/v1/ReactivateClientRequest';
import type { ReactivateClientResponse as _atrium_tenancy_v1_ReactivateClientResponse, ReactivateClientResponse__Output as _atrium_tenancy_v1_ReactivateClientResponse__Output } from './atrium/tenancy/v1/ReactivateClientResponse';
import type { RecordSwitchActionRequest as _atrium_tenancy_v1_RecordSwitchActionRequest, RecordSwitchActionRequest__Output as _atrium_tenancy_v1_RecordSwitchActionRequest__Output } from './atrium/tenancy/v1/RecordSwitchActionRequest';
import type { RecordSwitchActionResponse as _atrium_tenancy_v1_RecordSwitchActionResponse, RecordSwitchActionResponse__Output as _atrium_tenancy_v1_RecordSwitchActionResponse__Output } from './atrium/tenancy/v1/RecordSwitchActionResponse';
import type { RemoveClientUserRequest as _atrium_tenancy_v1_RemoveClientUserRequest, RemoveClientUserRequest__Output as _atrium_tenancy_v1_RemoveClientUserRequest__Output } from './atrium/tenancy/v1/RemoveClientUserRequest';
import type { RemoveClientUserResponse as _atrium_tenancy_v1_RemoveClientUserResponse, RemoveClientUserResponse__Output as _atrium_tenancy_v1_RemoveClientUserResponse__Output } from './atrium/tenancy/v1/RemoveClientUserResponse';
import type { RemoveMemberRequest as _atrium_tenancy_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _atrium_tenancy_v1_RemoveMemberRequest__Output } from './atrium/tenancy/v1/RemoveMemberRequest';
import type { RemoveMemberResponse as _atrium_tenancy_v1_RemoveMemberResponse, RemoveMemberResponse__Output as _atrium_tenancy_v1_RemoveMemberResponse__Output } from './atrium/tenancy/v1/RemoveMemberResponse';
import type { RequestProspectCleanupRequest as _atrium_tenancy_v1_RequestProspectCleanupRequest, RequestProspectCleanupRequest__Output as _atrium_tenancy_v1_RequestProspectCleanupRequest__Output } from './atrium/tenancy/v1/RequestProspectCleanupRequest';
import type { RequestProspectCleanupResponse as _atrium_tenancy_v1_RequestProspectCleanupResponse, RequestProspectCleanupResponse__Output as _atrium_tenancy_v1_RequestProspectCleanupResponse__Output } from './atrium/tenancy/v1/RequestProspectCleanupResponse';
import type { ResendInvitationRequest as _atrium_tenancy_v1_ResendInvitationRequest, ResendInvitationRequest__Output as _atrium_tenancy_v1_ResendInvitationRequest__Output } from './atrium/tenancy/v1/ResendInvitationRequest';
import type { ResendInvitationResponse as _atrium_tenancy_v1_ResendInvitationResponse, ResendInvitationResponse__Output as _atrium_tenancy_v1_ResendInvitationResponse__Output } from './atrium/tenancy/v1/ResendInvitationResponse';
import type { ResolveInvitationRequest as _atrium_tenancy_v1_ResolveInvitationRequest, ResolveInvitationRequest__Output as _atrium_tenancy_v1_ResolveInvitationRequest__Output } from './atrium/tenancy/v1/ResolveInvitationRequest';
import type { ResolveInvitationResponse as _atrium_tenancy_v1_ResolveInvitationResponse, ResolveInvitationResponse__Output as _atrium_tenancy_v1_ResolveInvitationResponse__Output } from './atrium/tenancy/v1/ResolveInvitationResponse';
import type { Role as _atrium_tenancy_v1_Role, Role__Output as _atrium_tenancy_v1_Role__Output } from './atrium/tenancy/v1/Role';
import type { SaveCustomFieldRequest as _atrium_tenancy_v1_SaveCustomFieldRequest, SaveCustomFieldRequest__Output as _atrium_tenancy_v1_SaveCustomFieldRequest__Output } from './atrium/tenancy/v1/SaveCustomFieldRequest';
import type { SaveCustomFieldResponse as _atrium_tenancy_v1_SaveCustomFieldResponse, SaveCustomFieldResponse__Output as _atrium_tenancy_v1_SaveCustomFieldResponse__Output } from './atrium/tenancy/v1/SaveCustomFieldResponse';
import type { SetClientTeamRequest as _atrium_tenancy_v1_SetClientTeamRequest, SetClientTeamRequest__Output as _atrium_tenancy_v1_SetClientTeamRequest__Output } from './atrium/tenancy/v1/SetClientTeamRequest';
import type { SetClientTeamResponse as _atrium_tenancy_v1_SetClientTeamResponse, SetClientTeamResponse__Output as _atrium_tenancy_v1_SetClientTeamResponse__Output } from './atrium/tenancy/v1/SetClientTeamResponse';
import type { StartClientSwitchRequest as _atrium_tenancy_v1_StartClientSwitchRequest, StartClientSwitchRequest__Output as _atrium_tenancy_v1_StartClientSwitchRequest__Output } from './atrium/tenancy/v1/StartClientSwitchRequest';
import type { StartClientSwitchResponse as _atrium_tenancy_v1_StartClientSwitchResponse, StartClientSwitchResponse__Output as _atrium_tenancy_v1_StartClientSwitchResponse__Output } from './atrium/tenancy/v1/StartClientSwitchResponse';
import type { TagList as _atrium_tenancy_v1_TagList, TagList__Output as _atrium_tenancy_v1_TagList__Output } from './atrium/tenancy/v1/TagList';
import type { TeamMember as _atrium_tenancy_v1_TeamMember, TeamMember__Output as _atrium_tenancy_v1_TeamMember__Output } from './atrium/tenancy/v1/TeamMember';
import type { TenancyServiceClient as _atrium_tenancy_v1_TenancyServiceClient, TenancyServiceDefinition as _atrium_tenancy_v1_TenancyServiceDefinition } from './atrium/tenancy/v1/TenancyService';
import type { TransferOwnershipRequest as _atrium_tenancy_v1_TransferOwnershipRequest, TransferOwnershipRequest__Output as _atrium_tenancy_v1_TransferOwnershipRequest__Output } from './atrium/tenancy/v1/TransferOwnershipRequest';
import type { TransferOwnershipResponse as _atrium_tenancy_v1_TransferOwnershipResponse, TransferOwnershipResponse__Output as _atrium_tenancy_v1_TransferOwnershipResponse__Output } from './atrium/tenancy/v1/TransferOwnershipResponse';
import type { UpdateAgencyRequest as _atrium_tenancy_v1_UpdateAgencyRequest, UpdateAgencyRequest__Output as _atrium_tenancy_v1_UpdateAgencyRequest__Output } from './atrium/tenancy/v1/UpdateAgencyRequest';
import type { UpdateAgencyResponse as _atrium_tenancy_v1_UpdateAgencyResponse, UpdateAgencyResponse__Output as _atrium_tenancy_v1_UpdateAgencyResponse__Output } from './atrium/tenancy/v1/UpdateAgencyResponse';
import type { UpdateAgencyRoleRequest as _atrium_tenancy_v1_UpdateAgencyRoleRequest, UpdateAgencyRoleRequest__Output as _atrium_tenancy_v1_UpdateAgencyRoleRequest__Output } from './atrium/tenancy/v1/UpdateAgencyRoleRequest';
import type { UpdateAgencyRoleResponse as _atrium_tenancy_v1_UpdateAgencyRoleResponse, UpdateAgencyRoleResponse__Output as _atrium_tenancy_v1_UpdateAgencyRoleResponse__Output } from './atrium/tenancy/v1/UpdateAgencyRoleResponse';
import type { UpdateClientRequest as _atrium_tenancy_v1_UpdateClientRequest, UpdateClientRequest__Output as _atrium_tenancy_v1_UpdateClientRequest__Output } from './atrium/tenancy/v1/UpdateClientRequest';
import type { UpdateClientResponse as _atrium_tenancy_v1_UpdateClientResponse, UpdateClientResponse__Output as _atrium_tenancy_v1_UpdateClientResponse__Output } from './atrium/tenancy/v1/UpdateClientResponse';
import type { UpdateClientUserRequest as _atrium_tenancy_v1_UpdateClientUserRequest, UpdateClientUserRequest__Output as _atrium_tenancy_v1_UpdateClientUserRequest__Output } from './atrium/tenancy/v1/UpdateClientUserRequest';
import type { UpdateClientUserResponse as _atrium_tenancy_v1_UpdateClientUserResponse, UpdateClientUserResponse__Output as _atrium_tenancy_v1_UpdateClientUserResponse__Output } from './atrium/tenancy/v1/UpdateClientUserResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
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
        CancelInvitationRequest: MessageTypeDefinition<_atrium_tenancy_v1_CancelInvitationRequest, _atrium_tenancy_v1_CancelInvitationRequest__Output>
        CancelInvitationResponse: MessageTypeDefinition<_atrium_tenancy_v1_CancelInvitationResponse, _atrium_tenancy_v1_CancelInvitationResponse__Output>
        ChangeMemberRoleRequest: MessageTypeDefinition<_atrium_tenancy_v1_ChangeMemberRoleRequest, _atrium_tenancy_v1_ChangeMemberRoleRequest__Output>
        ChangeMemberRoleResponse: MessageTypeDefinition<_atrium_tenancy_v1_ChangeMemberRoleResponse, _atrium_tenancy_v1_ChangeMemberRoleResponse__Output>
        ClaimInvitationRequest: MessageTypeDefinition<_atrium_tenancy_v1_ClaimInvitationRequest, _atrium_tenancy_v1_ClaimInvitationRequest__Output>
        ClaimInvitationResponse: MessageTypeDefinition<_atrium_tenancy_v1_ClaimInvitationResponse, _atrium_tenancy_v1_ClaimInvitationResponse__Output>
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
        CreateAgencyRequest: MessageTypeDefinition<_atrium_tenancy_v1_CreateAgencyRequest, _atrium_tenancy_v1_CreateAgencyRequest__Output>
        CreateAgencyResponse: MessageTypeDefinition<_atrium_tenancy_v1_CreateAgencyResponse, _atrium_tenancy_v1_CreateAgencyResponse__Output>
        CreateAgencyRoleRequest: MessageTypeDefinition<_atrium_tenancy_v1_CreateAgencyRoleRequest, _atrium_tenancy_v1_CreateAgencyRoleRequest__Output>
        CreateAgencyRoleResponse: MessageTypeDefinition<_atrium_tenancy_v1_CreateAgencyRoleResponse, _atrium_tenancy_v1_CreateAgencyRoleResponse__Output>
        CreateClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_CreateClientRequest, _atrium_tenancy_v1_CreateClientRequest__Output>
        CreateClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_CreateClientResponse, _atrium_tenancy_v1_CreateClientResponse__Output>
        CreateClientUserRequest: MessageTypeDefinition<_atrium_tenancy_v1_CreateClientUserRequest, _atrium_tenancy_v1_CreateClientUserRequest__Output>
        CreateClientUserResponse: MessageTypeDefinition<_atrium_tenancy_v1_CreateClientUserResponse, _atrium_tenancy_v1_CreateClientUserResponse__Output>
        CustomField: MessageTypeDefinition<_atrium_tenancy_v1_CustomField, _atrium_tenancy_v1_CustomField__Output>
        CustomProperties: MessageTypeDefinition<_atrium_tenancy_v1_CustomProperties, _atrium_tenancy_v1_CustomProperties__Output>
        CustomProperty: MessageTypeDefinition<_atrium_tenancy_v1_CustomProperty, _atrium_tenancy_v1_CustomProperty__Output>
        DeactivateClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_DeactivateClientRequest, _atrium_tenancy_v1_DeactivateClientRequest__Output>
        DeactivateClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_DeactivateClientResponse, _atrium_tenancy_v1_DeactivateClientResponse__Output>
        DeleteAgencyRoleRequest: MessageTypeDefinition<_atrium_tenancy_v1_DeleteAgencyRoleRequest, _atrium_tenancy_v1_DeleteAgencyRoleRequest__Output>
        DeleteAgencyRoleResponse: MessageTypeDefinition<_atrium_tenancy_v1_DeleteAgencyRoleResponse, _atrium_tenancy_v1_DeleteAgencyRoleResponse__Output>
        DeleteClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_DeleteClientRequest, _atrium_tenancy_v1_DeleteClientRequest__Output>
        DeleteClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_DeleteClientResponse, _atrium_tenancy_v1_DeleteClientResponse__Output>
        DeleteCustomFieldRequest: MessageTypeDefinition<_atrium_tenancy_v1_DeleteCustomFieldRequest, _atrium_tenancy_v1_DeleteCustomFieldRequest__Output>
        DeleteCustomFieldResponse: MessageTypeDefinition<_atrium_tenancy_v1_DeleteCustomFieldResponse, _atrium_tenancy_v1_DeleteCustomFieldResponse__Output>
        DiscardClientUserRequest: MessageTypeDefinition<_atrium_tenancy_v1_DiscardClientUserRequest, _atrium_tenancy_v1_DiscardClientUserRequest__Output>
        DiscardClientUserResponse: MessageTypeDefinition<_atrium_tenancy_v1_DiscardClientUserResponse, _atrium_tenancy_v1_DiscardClientUserResponse__Output>
        GetAccessRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetAccessRequest, _atrium_tenancy_v1_GetAccessRequest__Output>
        GetAccessResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetAccessResponse, _atrium_tenancy_v1_GetAccessResponse__Output>
        GetAgencyHomeRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetAgencyHomeRequest, _atrium_tenancy_v1_GetAgencyHomeRequest__Output>
        GetAgencyHomeResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetAgencyHomeResponse, _atrium_tenancy_v1_GetAgencyHomeResponse__Output>
        GetAgencyRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetAgencyRequest, _atrium_tenancy_v1_GetAgencyRequest__Output>
        GetAgencyResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetAgencyResponse, _atrium_tenancy_v1_GetAgencyResponse__Output>
        GetClientAccessRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetClientAccessRequest, _atrium_tenancy_v1_GetClientAccessRequest__Output>
        GetClientAccessResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetClientAccessResponse, _atrium_tenancy_v1_GetClientAccessResponse__Output>
        GetClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetClientRequest, _atrium_tenancy_v1_GetClientRequest__Output>
        GetClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetClientResponse, _atrium_tenancy_v1_GetClientResponse__Output>
        GetClientTeamRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetClientTeamRequest, _atrium_tenancy_v1_GetClientTeamRequest__Output>
        GetClientTeamResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetClientTeamResponse, _atrium_tenancy_v1_GetClientTeamResponse__Output>
        GetJobRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetJobRequest, _atrium_tenancy_v1_GetJobRequest__Output>
        GetJobResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetJobResponse, _atrium_tenancy_v1_GetJobResponse__Output>
        GetPermissionCatalogueRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetPermissionCatalogueRequest, _atrium_tenancy_v1_GetPermissionCatalogueRequest__Output>
        GetPermissionCatalogueResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetPermissionCatalogueResponse, _atrium_tenancy_v1_GetPermissionCatalogueResponse__Output>
        GetPublicBrandingRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetPublicBrandingRequest, _atrium_tenancy_v1_GetPublicBrandingRequest__Output>
        GetPublicBrandingResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetPublicBrandingResponse, _atrium_tenancy_v1_GetPublicBrandingResponse__Output>
        Invitation: MessageTypeDefinition<_atrium_tenancy_v1_Invitation, _atrium_tenancy_v1_Invitation__Output>
        InvitationStatus: EnumTypeDefinition
        InviteAgencyMemberRequest: MessageTypeDefinition<_atrium_tenancy_v1_InviteAgencyMemberRequest, _atrium_tenancy_v1_InviteAgencyMemberRequest__Output>
        InviteAgencyMemberResponse: MessageTypeDefinition<_atrium_tenancy_v1_InviteAgencyMemberResponse, _atrium_tenancy_v1_InviteAgencyMemberResponse__Output>
        InviteClientUserRequest: MessageTypeDefinition<_atrium_tenancy_v1_InviteClientUserRequest, _atrium_tenancy_v1_InviteClientUserRequest__Output>
        InviteClientUserResponse: MessageTypeDefinition<_atrium_tenancy_v1_InviteClientUserResponse, _atrium_tenancy_v1_InviteClientUserResponse__Output>
        Job: MessageTypeDefinition<_atrium_tenancy_v1_Job, _atrium_tenancy_v1_Job__Output>
        JobKind: EnumTypeDefinition
        JobStatus: EnumTypeDefinition
        ListAgencyRolesRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListAgencyRolesRequest, _atrium_tenancy_v1_ListAgencyRolesRequest__Output>
        ListAgencyRolesResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListAgencyRolesResponse, _atrium_tenancy_v1_ListAgencyRolesResponse__Output>
        ListAuditEntriesRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListAuditEntriesRequest, _atrium_tenancy_v1_ListAuditEntriesRequest__Output>
        ListAuditEntriesResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListAuditEntriesResponse, _atrium_tenancy_v1_ListAuditEntriesResponse__Output>
        ListClientAudienceRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListClientAudienceRequest, _atrium_tenancy_v1_ListClientAudienceRequest__Output>
        ListClientAudienceResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListClientAudienceResponse, _atrium_tenancy_v1_ListClientAudienceResponse__Output>
        ListClientUsersRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListClientUsersRequest, _atrium_tenancy_v1_ListClientUsersRequest__Output>
        ListClientUsersResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListClientUsersResponse, _atrium_tenancy_v1_ListClientUsersResponse__Output>
        ListClientsRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListClientsRequest, _atrium_tenancy_v1_ListClientsRequest__Output>
        ListClientsResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListClientsResponse, _atrium_tenancy_v1_ListClientsResponse__Output>
        ListCustomFieldsRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListCustomFieldsRequest, _atrium_tenancy_v1_ListCustomFieldsRequest__Output>
        ListCustomFieldsResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListCustomFieldsResponse, _atrium_tenancy_v1_ListCustomFieldsResponse__Output>
        ListInvitationsRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListInvitationsRequest, _atrium_tenancy_v1_ListInvitationsRequest__Output>
        ListInvitationsResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListInvitationsResponse, _atrium_tenancy_v1_ListInvitationsResponse__Output>
        ListMembersRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListMembersRequest, _atrium_tenancy_v1_ListMembersRequest__Output>
        ListMembersResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListMembersResponse, _atrium_tenancy_v1_ListMembersResponse__Output>
        MakePrimaryClientUserRequest: MessageTypeDefinition<_atrium_tenancy_v1_MakePrimaryClientUserRequest, _atrium_tenancy_v1_MakePrimaryClientUserRequest__Output>
        MakePrimaryClientUserResponse: MessageTypeDefinition<_atrium_tenancy_v1_MakePrimaryClientUserResponse, _atrium_tenancy_v1_MakePrimaryClientUserResponse__Output>
        Member: MessageTypeDefinition<_atrium_tenancy_v1_Member, _atrium_tenancy_v1_Member__Output>
        Permission: MessageTypeDefinition<_atrium_tenancy_v1_Permission, _atrium_tenancy_v1_Permission__Output>
        PermissionList: MessageTypeDefinition<_atrium_tenancy_v1_PermissionList, _atrium_tenancy_v1_PermissionList__Output>
        ProspectCleanupMode: EnumTypeDefinition
        PublicBranding: MessageTypeDefinition<_atrium_tenancy_v1_PublicBranding, _atrium_tenancy_v1_PublicBranding__Output>
        ReactivateClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_ReactivateClientRequest, _atrium_tenancy_v1_ReactivateClientRequest__Output>
        ReactivateClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_ReactivateClientResponse, _atrium_tenancy_v1_ReactivateClientResponse__Output>
        RecordSwitchActionRequest: MessageTypeDefinition<_atrium_tenancy_v1_RecordSwitchActionRequest, _atrium_tenancy_v1_RecordSwitchActionRequest__Output>
        RecordSwitchActionResponse: MessageTypeDefinition<_atrium_tenancy_v1_RecordSwitchActionResponse, _atrium_tenancy_v1_RecordSwitchActionResponse__Output>
        RemoveClientUserRequest: MessageTypeDefinition<_atrium_tenancy_v1_RemoveClientUserRequest, _atrium_tenancy_v1_RemoveClientUserRequest__Output>
        RemoveClientUserResponse: MessageTypeDefinition<_atrium_tenancy_v1_RemoveClientUserResponse, _atrium_tenancy_v1_RemoveClientUserResponse__Output>
        RemoveMemberRequest: MessageTypeDefinition<_atrium_tenancy_v1_RemoveMemberRequest, _atrium_tenancy_v1_RemoveMemberRequest__Output>
        RemoveMemberResponse: MessageTypeDefinition<_atrium_tenancy_v1_RemoveMemberResponse, _atrium_tenancy_v1_RemoveMemberResponse__Output>
        RequestProspectCleanupRequest: MessageTypeDefinition<_atrium_tenancy_v1_RequestProspectCleanupRequest, _atrium_tenancy_v1_RequestProspectCleanupRequest__Output>
        RequestProspectCleanupResponse: MessageTypeDefinition<_atrium_tenancy_v1_RequestProspectCleanupResponse, _atrium_tenancy_v1_RequestProspectCleanupResponse__Output>
        ResendInvitationRequest: MessageTypeDefinition<_atrium_tenancy_v1_ResendInvitationRequest, _atrium_tenancy_v1_ResendInvitationRequest__Output>
        ResendInvitationResponse: MessageTypeDefinition<_atrium_tenancy_v1_ResendInvitationResponse, _atrium_tenancy_v1_ResendInvitationResponse__Output>
        ResolveInvitationRequest: MessageTypeDefinition<_atrium_tenancy_v1_ResolveInvitationRequest, _atrium_tenancy_v1_ResolveInvitationRequest__Output>
        ResolveInvitationResponse: MessageTypeDefinition<_atrium_tenancy_v1_ResolveInvitationResponse, _atrium_tenancy_v1_ResolveInvitationResponse__Output>
        Role: MessageTypeDefinition<_atrium_tenancy_v1_Role, _atrium_tenancy_v1_Role__Output>
        SaveCustomFieldRequest: MessageTypeDefinition<_atrium_tenancy_v1_SaveCustomFieldRequest, _atrium_tenancy_v1_SaveCustomFieldRequest__Output>
        SaveCustomFieldResponse: MessageTypeDefinition<_atrium_tenancy_v1_SaveCustomFieldResponse, _atrium_tenancy_v1_SaveCustomFieldResponse__Output>
        SetClientTeamRequest: MessageTypeDefinition<_atrium_tenancy_v1_SetClientTeamRequest, _atrium_tenancy_v1_SetClientTeamRequest__Output>
        SetClientTeamResponse: MessageTypeDefinition<_atrium_tenancy_v1_SetClientTeamResponse, _atrium_tenancy_v1_SetClientTeamResponse__Output>
        StartClientSwitchRequest: MessageTypeDefinition<_atrium_tenancy_v1_StartClientSwitchRequest, _atrium_tenancy_v1_StartClientSwitchRequest__Output>
        StartClientSwitchResponse: MessageTypeDefinition<_atrium_tenancy_v1_StartClientSwitchResponse, _atrium_tenancy_v1_StartClientSwitchResponse__Output>
        TagList: MessageTypeDefinition<_atrium_tenancy_v1_TagList, _atrium_tenancy_v1_TagList__Output>
        TeamMember: MessageTypeDefinition<_atrium_tenancy_v1_TeamMember, _atrium_tenancy_v1_TeamMember__Output>
        TenancyService: SubtypeConstructor<typeof grpc.Client, _atrium_tenancy_v1_TenancyServiceClient> & { service: _atrium_tenancy_v1_TenancyServiceDefinition }
        TransferOwnershipRequest: MessageTypeDefinition<_atrium_tenancy_v1_TransferOwnershipRequest, _atrium_tenancy_v1_TransferOwnershipRequest__Output>
        TransferOwnershipResponse: MessageTypeDefinition<_atrium_tenancy_v1_TransferOwnershipResponse, _atrium_tenancy_v1_TransferOwnershipResponse__Output>
        UpdateAgencyRequest: MessageTypeDefinition<_atrium_tenancy_v1_UpdateAgencyRequest, _atrium_tenancy_v1_UpdateAgencyRequest__Output>
        UpdateAgencyResponse: MessageTypeDefinition<_atrium_tenancy_v1_UpdateAgencyResponse, _atrium_tenancy_v1_UpdateAgencyResponse__Output>
        UpdateAgencyRoleRequest: MessageTypeDefinition<_atrium_tenancy_v1_UpdateAgencyRoleRequest, _atrium_tenancy_v1_UpdateAgencyRoleRequest__Output>
        UpdateAgencyRoleResponse: MessageTypeDefinition<_atrium_tenancy_v1_UpdateAgencyRoleResponse, _atrium_tenancy_v1_UpdateAgencyRoleResponse__Output>
        UpdateClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_UpdateClientRequest, _atrium_tenancy_v1_UpdateClientRequest__Output>
        UpdateClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_UpdateClientResponse, _atrium_tenancy_v1_UpdateClientResponse__Output>
        UpdateClientUserRequest: MessageTypeDefinition<_atrium_tenancy_v1_UpdateClientUserRequest, _atrium_tenancy_v1_UpdateClientUserRequest__Output>
        UpdateClientUserResponse: MessageTypeDefinition<_atrium_tenancy_v1_UpdateClientUserResponse, _atrium_tenancy_v1_UpdateClientUserResponse__Output>
      }
    }
  }
}

