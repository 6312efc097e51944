import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from './atrium/tenancy/v1/Agency';
import type { ClaimInvitationRequest as _atrium_tenancy_v1_ClaimInvitationRequest, ClaimInvitationRequest__Output as _atrium_tenancy_v1_ClaimInvitationRequest__Output } from './atrium/tenancy/v1/ClaimInvitationRequest';
import type { ClaimInvitationResponse as _atrium_tenancy_v1_ClaimInvitationResponse, ClaimInvitationResponse__Output as _atrium_tenancy_v1_ClaimInvitationResponse__Output } from './atrium/tenancy/v1/ClaimInvitationResponse';
import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from './atrium/tenancy/v1/Client';
import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from './atrium/tenancy/v1/ClientCounters';
import type { CreateAgencyRequest as _atrium_tenancy_v1_CreateAgencyRequest, CreateAgencyRequest__Output as _atrium_tenancy_v1_CreateAgencyRequest__Output } from './atrium/tenancy/v1/CreateAgencyRequest';
import type { CreateAgencyResponse as _atrium_tenancy_v1_CreateAgencyResponse, CreateAgencyResponse__Output as _atrium_tenancy_v1_CreateAgencyResponse__Output } from './atrium/tenancy/v1/CreateAgencyResponse';
import type { CreateClientRequest as _atrium_tenancy_v1_CreateClientRequest, CreateClientRequest__Output as _atrium_tenancy_v1_CreateClientRequest__Output } from './atrium/tenancy/v1/CreateClientRequest';
import type { CreateClientResponse as _atrium_tenancy_v1_CreateClientResponse, CreateClientResponse__Output as _atrium_tenancy_v1_CreateClientResponse__Output } from './atrium/tenancy/v1/CreateClientResponse';
import type { GetAccessRequest as _atrium_tenancy_v1_GetAccessRequest, GetAccessRequest__Output as _atrium_tenancy_v1_GetAccessRequest__Output } from './atrium/tenancy/v1/GetAccessRequest';
import type { GetAccessResponse as _atrium_tenancy_v1_GetAccessResponse, GetAccessResponse__Output as _atrium_tenancy_v1_GetAccessResponse__Output } from './atrium/tenancy/v1/GetAccessResponse';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from './atrium/tenancy/v1/Invitation';
import type { InviteAgencyMemberRequest as _atrium_tenancy_v1_InviteAgencyMemberRequest, InviteAgencyMemberRequest__Output as _atrium_tenancy_v1_InviteAgencyMemberRequest__Output } from './atrium/tenancy/v1/InviteAgencyMemberRequest';
import type { InviteAgencyMemberResponse as _atrium_tenancy_v1_InviteAgencyMemberResponse, InviteAgencyMemberResponse__Output as _atrium_tenancy_v1_InviteAgencyMemberResponse__Output } from './atrium/tenancy/v1/InviteAgencyMemberResponse';
import type { ListClientAudienceRequest as _atrium_tenancy_v1_ListClientAudienceRequest, ListClientAudienceRequest__Output as _atrium_tenancy_v1_ListClientAudienceRequest__Output } from './atrium/tenancy/v1/ListClientAudienceRequest';
import type { ListClientAudienceResponse as _atrium_tenancy_v1_ListClientAudienceResponse, ListClientAudienceResponse__Output as _atrium_tenancy_v1_ListClientAudienceResponse__Output } from './atrium/tenancy/v1/ListClientAudienceResponse';
import type { ListClientsRequest as _atrium_tenancy_v1_ListClientsRequest, ListClientsRequest__Output as _atrium_tenancy_v1_ListClientsRequest__Output } from './atrium/tenancy/v1/ListClientsRequest';
import type { ListClientsResponse as _atrium_tenancy_v1_ListClientsResponse, ListClientsResponse__Output as _atrium_tenancy_v1_ListClientsResponse__Output } from './atrium/tenancy/v1/ListClientsResponse';
import type { ResolveInvitationRequest as _atrium_tenancy_v1_ResolveInvitationRequest, ResolveInvitationRequest__Output as _atrium_tenancy_v1_ResolveInvitationRequest__Output } from './atrium/tenancy/v1/ResolveInvitationRequest';
import type { ResolveInvitationResponse as _atrium_tenancy_v1_ResolveInvitationResponse, ResolveInvitationResponse__Output as _atrium_tenancy_v1_ResolveInvitationResponse__Output } from './atrium/tenancy/v1/ResolveInvitationResponse';
import type { TenancyServiceClient as _atrium_tenancy_v1_TenancyServiceClient, TenancyServiceDefinition as _atrium_tenancy_v1_TenancyServiceDefinition } from './atrium/tenancy/v1/TenancyService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    tenancy: {
      v1: {
        Agency: MessageTypeDefinition<_atrium_tenancy_v1_Agency, _atrium_tenancy_v1_Agency__Output>
        ClaimInvitationRequest: MessageTypeDefinition<_atrium_tenancy_v1_ClaimInvitationRequest, _atrium_tenancy_v1_ClaimInvitationRequest__Output>
        ClaimInvitationResponse: MessageTypeDefinition<_atrium_tenancy_v1_ClaimInvitationResponse, _atrium_tenancy_v1_ClaimInvitationResponse__Output>
        Client: MessageTypeDefinition<_atrium_tenancy_v1_Client, _atrium_tenancy_v1_Client__Output>
        ClientCounters: MessageTypeDefinition<_atrium_tenancy_v1_ClientCounters, _atrium_tenancy_v1_ClientCounters__Output>
        CreateAgencyRequest: MessageTypeDefinition<_atrium_tenancy_v1_CreateAgencyRequest, _atrium_tenancy_v1_CreateAgencyRequest__Output>
        CreateAgencyResponse: MessageTypeDefinition<_atrium_tenancy_v1_CreateAgencyResponse, _atrium_tenancy_v1_CreateAgencyResponse__Output>
        CreateClientRequest: MessageTypeDefinition<_atrium_tenancy_v1_CreateClientRequest, _atrium_tenancy_v1_CreateClientRequest__Output>
        CreateClientResponse: MessageTypeDefinition<_atrium_tenancy_v1_CreateClientResponse, _atrium_tenancy_v1_CreateClientResponse__Output>
        GetAccessRequest: MessageTypeDefinition<_atrium_tenancy_v1_GetAccessRequest, _atrium_tenancy_v1_GetAccessRequest__Output>
        GetAccessResponse: MessageTypeDefinition<_atrium_tenancy_v1_GetAccessResponse, _atrium_tenancy_v1_GetAccessResponse__Output>
        Invitation: MessageTypeDefinition<_atrium_tenancy_v1_Invitation, _atrium_tenancy_v1_Invitation__Output>
        InviteAgencyMemberRequest: MessageTypeDefinition<_atrium_tenancy_v1_InviteAgencyMemberRequest, _atrium_tenancy_v1_InviteAgencyMemberRequest__Output>
        InviteAgencyMemberResponse: MessageTypeDefinition<_atrium_tenancy_v1_InviteAgencyMemberResponse, _atrium_tenancy_v1_InviteAgencyMemberResponse__Output>
        ListClientAudienceRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListClientAudienceRequest, _atrium_tenancy_v1_ListClientAudienceRequest__Output>
        ListClientAudienceResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListClientAudienceResponse, _atrium_tenancy_v1_ListClientAudienceResponse__Output>
        ListClientsRequest: MessageTypeDefinition<_atrium_tenancy_v1_ListClientsRequest, _atrium_tenancy_v1_ListClientsRequest__Output>
        ListClientsResponse: MessageTypeDefinition<_atrium_tenancy_v1_ListClientsResponse, _atrium_tenancy_v1_ListClientsResponse__Output>
        ResolveInvitationRequest: MessageTypeDefinition<_atrium_tenancy_v1_ResolveInvitationRequest, _atrium_tenancy_v1_ResolveInvitationRequest__Output>
        ResolveInvitationResponse: MessageTypeDefinition<_atrium_tenancy_v1_ResolveInvitationResponse, _atrium_tenancy_v1_ResolveInvitationResponse__Output>
        TenancyService: SubtypeConstructor<typeof grpc.Client, _atrium_tenancy_v1_TenancyServiceClient> & { service: _atrium_tenancy_v1_TenancyServiceDefinition }
      }
    }
  }
}

