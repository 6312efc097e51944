import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import { getAccess } from '../access/get-access';
import { createAgency } from '../agencies/create-agency';
import { createClient } from '../clients/create-client';
import { listClientAudience } from '../clients/list-client-audience';
import { listClients } from '../clients/list-clients';
import { claimInvitation } from '../invitations/claim-invitation';
import { inviteAgencyMember } from '../invitations/invite-agency-member';
import { resolveInvitation } from '../invitations/resolve-invitation';
import type { Db } from '../store/db';
import { agencyToProto, clientToProto, invitationToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function tenancyService(db: Db): ServiceRegistration {
  const proto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  return defineService<tenancy.TenancyServiceDefinition>(
    'atrium.tenancy.v1.TenancyService',
    proto.atrium.tenancy.v1.TenancyService.service,
    {
      CreateAgency: async (request) => ({ agency: agencyToProto(await createAgency(db, request)) }),
      GetAccess: async (request, call) => {
        const { agency, access } = await getAccess(db, call.actor, request.userId, request.agencyId);
        return { agency: agencyToProto(agency), role: access.role, permissions: [...access.permissions] };
      },
      CreateClient: async (request, call) => ({
        client: clientToProto(await createClient(db, call.actor, request)),
      }),
      ListClients: async (request, call) => {
        const page = await listClients(db, call.actor, request);
        return { clients: page.clients.map(clientToProto), nextCursor: page.nextCursor ?? '' };
      },
      ListClientAudience: async (request) => ({
        userIds: await listClientAudience(db, request.agencyId, request.clientId),
      }),
      InviteAgencyMember: async (request, call) => ({
        invitation: invitationToProto(await inviteAgencyMember(db, call.actor, request)),
      }),
      ResolveInvitation: async (request) => {
        const { invitation, agency } = await resolveInvitation(db, request.token);
        return { invitation: invitationToProto(invitation), agency: agencyToProto(agency) };
      },
      ClaimInvitation: async (request) => {
        const { invitation, agency } = await claimInvitation(db, request);
        return { invitation: invitationToProto(invitation), agency: agencyToProto(agency) };
      },
    },
  );
}
