// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClaimInvitationRequest as _atrium_tenancy_v1_ClaimInvitationRequest, ClaimInvitationRequest__Output as _atrium_tenancy_v1_ClaimInvitationRequest__Output } from '../../../atrium/tenancy/v1/ClaimInvitationRequest';
import type { ClaimInvitationResponse as _atrium_tenancy_v1_ClaimInvitationResponse, ClaimInvitationResponse__Output as _atrium_tenancy_v1_ClaimInvitationResponse__Output } from '../../../atrium/tenancy/v1/ClaimInvitationResponse';
import type { CreateAgencyRequest as _atrium_tenancy_v1_CreateAgencyRequest, CreateAgencyRequest__Output as _atrium_tenancy_v1_CreateAgencyRequest__Output } from '../../../atrium/tenancy/v1/CreateAgencyRequest';
import type { CreateAgencyResponse as _atrium_tenancy_v1_CreateAgencyResponse, CreateAgencyResponse__Output as _atrium_tenancy_v1_CreateAgencyResponse__Output } from '../../../atrium/tenancy/v1/CreateAgencyResponse';
import type { CreateClientRequest as _atrium_tenancy_v1_CreateClientRequest, CreateClientRequest__Output as _atrium_tenancy_v1_CreateClientRequest__Output } from '../../../atrium/tenancy/v1/CreateClientRequest';
import type { CreateClientResponse as _atrium_tenancy_v1_CreateClientResponse, CreateClientResponse__Output as _atrium_tenancy_v1_CreateClientResponse__Output } from '../../../atrium/tenancy/v1/CreateClientResponse';
import type { GetAccessRequest as _atrium_tenancy_v1_GetAccessRequest, GetAccessRequest__Output as _atrium_tenancy_v1_GetAccessRequest__Output } from '../../../atrium/tenancy/v1/GetAccessRequest';
import type { GetAccessResponse as _atrium_tenancy_v1_GetAccessResponse, GetAccessResponse__Output as _atrium_tenancy_v1_GetAccessResponse__Output } from '../../../atrium/tenancy/v1/GetAccessResponse';
import type { InviteAgencyMemberRequest as _atrium_tenancy_v1_InviteAgencyMemberRequest, InviteAgencyMemberRequest__Output as _atrium_tenancy_v1_InviteAgencyMemberRequest__Output } from '../../../atrium/tenancy/v1/InviteAgencyMemberRequest';
import type { InviteAgencyMemberResponse as _atrium_tenancy_v1_InviteAgencyMemberResponse, InviteAgencyMemberResponse__Output as _atrium_tenancy_v1_InviteAgencyMemberResponse__Output } from '../../../atrium/tenancy/v1/InviteAgencyMemberResponse';
import type { ListClientAudienceRequest as _atrium_tenancy_v1_ListClientAudienceRequest, ListClientAudienceRequest__Output as _atrium_tenancy_v1_ListClientAudienceRequest__Output } from '../../../atrium/tenancy/v1/ListClientAudienceRequest';
import type { ListClientAudienceResponse as _atrium_tenancy_v1_ListClientAudienceResponse, ListClientAudienceResponse__Output as _atrium_tenancy_v1_ListClientAudienceResponse__Output } from '../../../atrium/tenancy/v1/ListClientAudienceResponse';
import type { ListClientsRequest as _atrium_tenancy_v1_ListClientsRequest, ListClientsRequest__Output as _atrium_tenancy_v1_ListClientsRequest__Output } from '../../../atrium/tenancy/v1/ListClientsRequest';
import type { ListClientsResponse as _atrium_tenancy_v1_ListClientsResponse, ListClientsResponse__Output as _atrium_tenancy_v1_ListClientsResponse__Output } from '../../../atrium/tenancy/v1/ListClientsResponse';
import type { ResolveInvitationRequest as _atrium_tenancy_v1_ResolveInvitationRequest, ResolveInvitationRequest__Output as _atrium_tenancy_v1_ResolveInvitationRequest__Output } from '../../../atrium/tenancy/v1/ResolveInvitationRequest';
import type { ResolveInvitationResponse as _atrium_tenancy_v1_ResolveInvitationResponse, ResolveInvitationResponse__Output as _atrium_tenancy_v1_ResolveInvitationResponse__Output } from '../../../atrium/tenancy/v1/ResolveInvitationResponse';

export interface TenancyServiceClient extends grpc.Client {
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
  
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  ResolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  resolveInvitation(argument: _atrium_tenancy_v1_ResolveInvitationRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ResolveInvitationResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface TenancyServiceHandlers extends grpc.UntypedServiceImplementation {
  ClaimInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ClaimInvitationRequest__Output, _atrium_tenancy_v1_ClaimInvitationResponse>;
  
  CreateAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse>;
  
  CreateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse>;
  
  GetAccess: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse>;
  
  InviteAgencyMember: grpc.handleUnaryCall<_atrium_tenancy_v1_InviteAgencyMemberRequest__Output, _atrium_tenancy_v1_InviteAgencyMemberResponse>;
  
  ListClientAudience: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse>;
  
  ListClients: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse>;
  
  ResolveInvitation: grpc.handleUnaryCall<_atrium_tenancy_v1_ResolveInvitationRequest__Output, _atrium_tenancy_v1_ResolveInvitationResponse>;
  
}

export interface TenancyServiceDefinition extends grpc.ServiceDefinition {
  ClaimInvitation: MethodDefinition<_atrium_tenancy_v1_ClaimInvitationRequest, _atrium_tenancy_v1_ClaimInvitationResponse, _atrium_tenancy_v1_ClaimInvitationRequest__Output, _atrium_tenancy_v1_ClaimInvitationResponse__Output>
  CreateAgency: MethodDefinition<_atrium_tenancy_v1_CreateAgencyRequest, _atrium_tenancy_v1_CreateAgencyResponse, _atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse__Output>
  CreateClient: MethodDefinition<_atrium_tenancy_v1_CreateClientRequest, _atrium_tenancy_v1_CreateClientResponse, _atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse__Output>
  GetAccess: MethodDefinition<_atrium_tenancy_v1_GetAccessRequest, _atrium_tenancy_v1_GetAccessResponse, _atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse__Output>
  InviteAgencyMember: MethodDefinition<_atrium_tenancy_v1_InviteAgencyMemberRequest, _atrium_tenancy_v1_InviteAgencyMemberResponse, _atrium_tenancy_v1_InviteAgencyMemberRequest__Output, _atrium_tenancy_v1_InviteAgencyMemberResponse__Output>
  ListClientAudience: MethodDefinition<_atrium_tenancy_v1_ListClientAudienceRequest, _atrium_tenancy_v1_ListClientAudienceResponse, _atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse__Output>
  ListClients: MethodDefinition<_atrium_tenancy_v1_ListClientsRequest, _atrium_tenancy_v1_ListClientsResponse, _atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse__Output>
  ResolveInvitation: MethodDefinition<_atrium_tenancy_v1_ResolveInvitationRequest, _atrium_tenancy_v1_ResolveInvitationResponse, _atrium_tenancy_v1_ResolveInvitationRequest__Output, _atrium_tenancy_v1_ResolveInvitationResponse__Output>
}
