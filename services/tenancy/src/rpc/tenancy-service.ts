import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import { getAccess } from '../access/get-access';
import { getClientAccess } from '../access/get-client-access';
import { createAgency } from '../agencies/create-agency';
import { getAgency } from '../agencies/get-agency';
import { getAgencyHome } from '../agencies/get-agency-home';
import { getPublicBranding } from '../agencies/get-public-branding';
import { updateAgency } from '../agencies/update-agency';
import { deactivateClient, reactivateClient } from '../clients/change-client-status';
import { createClient } from '../clients/create-client';
import { deleteClient } from '../clients/delete-client';
import { getClient } from '../clients/get-client';
import { getClientTeam } from '../clients/get-client-team';
import { listClientAudience } from '../clients/list-client-audience';
import { listClients } from '../clients/list-clients';
import { setClientTeam } from '../clients/set-client-team';
import { updateClient } from '../clients/update-client';
import { deleteCustomField } from '../custom-fields/delete-custom-field';
import { listCustomFields } from '../custom-fields/list-custom-fields';
import { saveCustomField } from '../custom-fields/save-custom-field';
import { clientUserPayload } from '../client-users/client-user-fields';
import { claimInvitation } from '../invitations/claim-invitation';
import { inviteAgencyMember } from '../invitations/invite-agency-member';
import { getJob } from '../jobs/get-job';
import { requestProspectCleanup } from '../jobs/request-prospect-cleanup';
import { resolveInvitation } from '../invitations/resolve-invitation';
import { changeMemberRole } from '../members/change-member-role';
import { listMembers } from '../members/list-members';
import { removeMember } from '../members/remove-member';
import { transferOwnership } from '../members/transfer-ownership';
import { getPermissionCatalogue } from '../permissions/get-permission-catalogue';
import { listAuditLog } from '../audit/list-audit-entries';
import { createAgencyRole } from '../roles/create-agency-role';
import { deleteAgencyRole } from '../roles/delete-agency-role';
import { listAgencyRoles } from '../roles/list-agency-roles';
import { updateAgencyRole } from '../roles/update-agency-role';
import type { AgencyRecord } from '../store/agencies';
import type { Db } from '../store/transaction';
import { recordSwitchAction } from '../switch/record-switch-action';
import { startClientSwitch } from '../switch/start-client-switch';
import { clientUserHandlers } from './client-user-handlers';
import { agencyPatchOf, brandingPatchOf, clientPatchOf, newClientOf, rolePatchOf } from './from-proto';
import {
  agencyToProto,
  agencyRoleToProto,
  auditEntryToProto,
  clientListItemToProto,
  clientToProto,
  customFieldToProto,
  invitationToProto,
  jobToProto,
  memberToProto,
  teamToProto,
} from './to-proto';

export interface TenancySettings {
  /** PLAN_CLIENT_LIMIT: the client limit of an agency billing has told nothing of its plan yet. */
  defaultPlanClientLimit: number;
  /** Base of client login URLs. */
  publicAppUrl: string;
  /** CLIENT_PURGE_PARTICIPANTS: the services a client deletion waits for. */
  purgeParticipants: readonly string[];
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
          ...(access.role === 'custom' && access.customRole
            ? {
                customRole: agencyRoleToProto({
                  ...access.customRole,
                  description: '',
                  permissions: access.permissions,
                  builtIn: false,
                  memberCount: 0,
                  createdAt: null,
                  updatedAt: null,
                }),
              }
            : {}),
          clients: access.clients.map((grant) => ({ ...grant, permissions: [...grant.permissions] })),
        };
      },
      GetClientAccess: async (request, call) => {
        const grant = await getClientAccess(db, call.actor, request.clientId);
        return {
          clientId: grant.clientId,
          clientStatus: grant.clientStatus,
          clientPermissions: [...grant.clientPermissions],
          agencyPermissions: [...grant.agencyPermissions],
          clientUser: grant.clientUser,
        };
      },
      GetAgency: async (_request, call) => ({ agency: agencyOf(await getAgency(db, call.actor)) }),
      UpdateAgency: async (request, call) => ({
        agency: agencyOf(
          await updateAgency(
            db,
            call.actor,
            { ...brandingPatchOf(request), ...agencyPatchOf(request) },
            settings.publicAppUrl,
          ),
        ),
      }),
      GetPublicBranding: async (request) => ({
        branding: await getPublicBranding(db, request.slug, settings.publicAppUrl),
      }),
      GetAgencyHome: async (_request, call) => {
        const home = await getAgencyHome(db, call.actor, settings.defaultPlanClientLimit);
        const agency = agencyOf(home.agency);
        return {
          agency,
          activeClients: home.activeClients,
          inactiveClients: home.inactiveClients,
          members: home.members,
          planClientLimit: home.planClientLimit ?? 0,
          planClientsUnlimited: home.planClientLimit === null,
          clientLoginUrl: agency.clientLoginUrl,
        };
      },
      CreateClient: async (request, call) => ({
        client: clientToProto(
          await createClient(db, call.actor, newClientOf(request), settings.defaultPlanClientLimit),
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
          items: page.items.map((row) => clientListItemToProto(row)),
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
        const { invitation, agency, clientUser } = await claimInvitation(db, request);
        return {
          invitation: invitationToProto(invitation),
          agency: agencyOf(agency),
          ...(clientUser && { clientUser: clientUserPayload(clientUser) }),
        };
      },
      // Switch into a client.
      StartClientSwitch: async (request, call) => {
        const client = await startClientSwitch(db, call.actor, request.clientId);
        return { clientId: client.id, clientName: client.name, clientStatus: client.status };
      },
      RecordSwitchAction: async (request, call) => {
        await recordSwitchAction(db, call.actor, request);
        return {};
      },
      // Client deletion and prospect cleanup.
      DeleteClient: async (request, call) => ({
        client: clientToProto(await deleteClient(db, call.actor, request, settings.purgeParticipants)),
      }),
      RequestProspectCleanup: async (request, call) => ({
        job: jobToProto(await requestProspectCleanup(db, call.actor, request)),
      }),
      GetJob: async (request, call) => ({ job: jobToProto(await getJob(db, call.actor, request.jobId)) }),
      // Custom roles and the audit log.
      ListAgencyRoles: async (_request, call) => ({
        roles: (await listAgencyRoles(db, call.actor)).map(agencyRoleToProto),
      }),
      CreateAgencyRole: async (request, call) => ({
        role: agencyRoleToProto(await createAgencyRole(db, call.actor, request)),
      }),
      UpdateAgencyRole: async (request, call) => ({
        role: agencyRoleToProto(await updateAgencyRole(db, call.actor, request.roleId, rolePatchOf(request))),
      }),
      DeleteAgencyRole: async (request, call) => {
        await deleteAgencyRole(db, call.actor, request.roleId);
        return {};
      },
      ListAuditEntries: async (request, call) => {
        const page = await listAuditLog(db, call.actor, request);
        return { entries: page.entries.map(auditEntryToProto), nextCursor: page.nextCursor ?? '' };
      },
      // Client users and invitations.
      ...clientUserHandlers(db),
    },
  );
}
