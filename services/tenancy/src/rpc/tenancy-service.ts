import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import { getAccess } from '../access/get-access';
import { createAgency } from '../agencies/create-agency';
import { getAgency } from '../agencies/get-agency';
import { getAgencyHome } from '../agencies/get-agency-home';
import { getPublicBranding } from '../agencies/get-public-branding';
import { updateAgency } from '../agencies/update-agency';
import { deactivateClient, reactivateClient } from '../clients/change-client-status';
import { createClient } from '../clients/create-client';
import { getClient } from '../clients/get-client';
import { getClientTeam } from '../clients/get-client-team';
import { listClientAudience } from '../clients/list-client-audience';
import { listClients } from '../clients/list-clients';
import { setClientTeam } from '../clients/set-client-team';
import { updateClient } from '../clients/update-client';
import { deleteCustomField } from '../custom-fields/delete-custom-field';
import { listCustomFields } from '../custom-fields/list-custom-fields';
import { saveCustomField } from '../custom-fields/save-custom-field';
import { claimInvitation } from '../invitations/claim-invitation';
import { inviteAgencyMember } from '../invitations/invite-agency-member';
import { resolveInvitation } from '../invitations/resolve-invitation';
import { changeMemberRole } from '../members/change-member-role';
import { listMembers } from '../members/list-members';
import { removeMember } from '../members/remove-member';
import { transferOwnership } from '../members/transfer-ownership';
import { getPermissionCatalogue } from '../permissions/get-permission-catalogue';
import type { AgencyRecord } from '../store/agencies';
import type { Db } from '../store/db';
import { brandingPatchOf, clientPatchOf, newClientOf } from './from-proto';
import {
  agencyToProto,
  clientToProto,
  customFieldToProto,
  invitationToProto,
  memberToProto,
  teamToProto,
} from './to-proto';

export interface TenancySettings {
  planClientLimit: number;
  /** Base of client login URLs. */
  publicAppUrl: string;
}

/** gRPC handlers: proto in, one use case, proto out. */
export function tenancyService(db: Db, settings: TenancySettings): ServiceRegistration {
  const proto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  const agencyOf = (agency: AgencyRecord) => agencyToProto(agency, settings.publicAppUrl);
  return defineService<tenancy.TenancyServiceDefinition>(
    'atrium.tenancy.v1.TenancyService',
    proto.atrium.tenancy.v1.TenancyService.service,
    {
      CreateAgency: async (request) => ({ agency: agencyOf(await createAgency(db, request)) }),
      GetAccess: async (request, call) => {
        const access = await getAccess(db, call.actor, request.userId, request.agencyId);
        return {
          agency: agencyOf(access.agency),
          role: access.role,
          permissions: [...access.permissions],
        };
      },
      GetAgency: async (_request, call) => ({ agency: agencyOf(await getAgency(db, call.actor)) }),
      UpdateAgency: async (request, call) => ({
        agency: agencyOf(await updateAgency(db, call.actor, brandingPatchOf(request), settings.publicAppUrl)),
      }),
      GetPublicBranding: async (request) => ({
        branding: await getPublicBranding(db, request.slug, settings.publicAppUrl),
      }),
      GetAgencyHome: async (_request, call) => {
        const home = await getAgencyHome(db, call.actor);
        const agency = agencyOf(home.agency);
        return {
          agency,
          activeClients: home.activeClients,
          inactiveClients: home.inactiveClients,
          members: home.members,
          planClientLimit: settings.planClientLimit,
          clientLoginUrl: agency.clientLoginUrl,
        };
      },
      CreateClient: async (request, call) => ({
        client: clientToProto(
          await createClient(db, call.actor, newClientOf(request), settings.planClientLimit),
        ),
      }),
      GetClient: async (request, call) => ({
        client: clientToProto(await getClient(db, call.actor, request.clientId)),
      }),
      UpdateClient: async (request, call) => ({
        client: clientToProto(await updateClient(db, call.actor, request.clientId, clientPatchOf(request))),
      }),
      DeactivateClient: async (request, call) => ({
        client: clientToProto(await deactivateClient(db, call.actor, request.clientId)),
      }),
      ReactivateClient: async (request, call) => ({
        client: clientToProto(await reactivateClient(db, call.actor, request.clientId)),
      }),
      ListClients: async (request, call) => {
        const page = await listClients(db, call.actor, request);
        return {
          clients: page.clients.map((client) => clientToProto(client)),
          nextCursor: page.nextCursor ?? '',
        };
      },
      GetClientTeam: async (request, call) =>
        teamToProto(await getClientTeam(db, call.actor, request.clientId)),
      SetClientTeam: async (request, call) => teamToProto(await setClientTeam(db, call.actor, request)),
      ListCustomFields: async (_request, call) => ({
        customFields: (await listCustomFields(db, call.actor)).map(customFieldToProto),
      }),
      SaveCustomField: async (request, call) => ({
        customField: customFieldToProto(await saveCustomField(db, call.actor, request)),
      }),
      DeleteCustomField: async (request, call) => {
        await deleteCustomField(db, call.actor, request.key);
        return {};
      },
      GetPermissionCatalogue: async () => getPermissionCatalogue(),
      ListClientAudience: async (request) => ({
        userIds: await listClientAudience(db, request.agencyId, request.clientId),
      }),
      ListMembers: async (request, call) => {
        const page = await listMembers(db, call.actor, request);
        return { members: page.members.map(memberToProto), nextCursor: page.nextCursor ?? '' };
      },
      ChangeMemberRole: async (request, call) => ({
        member: memberToProto(await changeMemberRole(db, call.actor, request)),
      }),
      RemoveMember: async (request, call) => ({
        transferredClientIds: await removeMember(db, call.actor, request),
      }),
      TransferOwnership: async (request, call) => {
        const { previousOwner, newOwner } = await transferOwnership(db, call.actor, request.newOwnerId);
        return { previousOwner: memberToProto(previousOwner), newOwner: memberToProto(newOwner) };
      },
      InviteAgencyMember: async (request, call) => ({
        invitation: invitationToProto(await inviteAgencyMember(db, call.actor, request)),
      }),
      ResolveInvitation: async (request) => {
        const { invitation, agency } = await resolveInvitation(db, request.token);
        return { invitation: invitationToProto(invitation), agency: agencyOf(agency) };
      },
      ClaimInvitation: async (request) => {
        const { invitation, agency } = await claimInvitation(db, request);
        return { invitation: invitationToProto(invitation), agency: agencyOf(agency) };
      },
    },
  );
}
