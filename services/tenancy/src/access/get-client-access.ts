import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { clientUsersMayEnter } from '../domain/client-status';
import { TENANCY_ERRORS } from '../domain/errors';
import {
  AGENCY_PERMISSIONS,
  AGENCY_USER_CLIENT_PERMISSIONS,
  clientPermissionsOf,
  customRolePermissions,
  isAgencyRole,
  isClientRole,
  permissionsOf,
  type AgencyPermission,
  type ClientPermission,
} from '../domain/permissions';
import { findClientStanding, type ClientStanding } from '../store/client-access';
import type { Db } from '../store/transaction';
import { requireActor } from './require-actor';

/** What GetClientAccess answers: the caller inside one client it may enter. */
export interface ClientAccessGrant {
  clientId: string;
  /** `active` or `inactive`; a client being deleted answers client_deleted instead. */
  clientStatus: string;
  clientPermissions: readonly ClientPermission[];
  agencyPermissions: readonly AgencyPermission[];
  /** Entered as a user of the client (its client role's permissions), not as an agency user. */
  clientUser: boolean;
}

const NO_CLIENT = 'No such client.';

/**
 * The agency permissions the caller holds: an API key's as identity gave them, a member's by role or
 * custom role (read now, so an edited role counts at once), and none for someone who is not a member.
 */
function agencyPermissionsOf(actor: Actor, standing: ClientStanding): readonly AgencyPermission[] {
  if (actor.apiKeyId) {
    const granted = new Set(actor.apiKeyPermissions ?? []);
    return AGENCY_PERMISSIONS.filter((permission) => granted.has(permission));
  }
  if (standing.customRolePermissions !== null) return customRolePermissions(standing.customRolePermissions);
  return standing.memberRole !== null && isAgencyRole(standing.memberRole)
    ? permissionsOf(standing.memberRole)
    : [];
}

/**
 * Decides entry to a client exactly as tenancy's own client routes do (findVisibleClient, then
 * enterClient's client-user fallback): an agency user who may enter holds every client permission; an
 * active user of the client holds their role's while the client is not inactive; an API key enters only
 * with clients:read_all. Whoever
 * may not enter gets not_found, so neither the client nor its agency leaks; one being deleted answers
 * client_deleted to those who may enter it. GetClient (clients/get-client.ts) decides by this too.
 */
export function clientAccessOf(actor: Actor, standing: ClientStanding): ClientAccessGrant {
  const { client } = standing;
  if (!client || client.status === 'deleted') throw new DomainError('not_found', NO_CLIENT);
  // A switch token reaches only its own client; the gateway checks the route, this checks the call.
  if (actor.actingAsClientId && actor.actingAsClientId.toLowerCase() !== client.id)
    throw new DomainError('not_found', NO_CLIENT);
  const agencyPermissions = agencyPermissionsOf(actor, standing);
  const agencyUserEnters =
    agencyPermissions.includes('clients:read_all') ||
    (!actor.apiKeyId && standing.memberRole !== null && client.ownedOrOnTeam);
  let clientPermissions: readonly ClientPermission[];
  let clientUser = false;
  if (agencyUserEnters) clientPermissions = AGENCY_USER_CLIENT_PERMISSIONS;
  else if (
    !actor.apiKeyId &&
    standing.clientRole !== null &&
    isClientRole(standing.clientRole) &&
    clientUsersMayEnter(client.status)
  ) {
    clientPermissions = clientPermissionsOf(standing.clientRole);
    clientUser = true;
  } else throw new DomainError('not_found', NO_CLIENT);
  if (client.status === 'deleting')
    throw new DomainError(TENANCY_ERRORS.client_deleted, 'The client is being deleted.');
  return {
    clientId: client.id,
    clientStatus: client.status,
    clientPermissions,
    agencyPermissions,
    clientUser,
  };
}

/** GetClientAccess: the gateway's resolution for routes of services that do not own access. One statement. */
export async function getClientAccess(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<ClientAccessGrant> {
  const actor = requireActor(actorOrNone);
  const standing = await findClientStanding(
    db,
    actor.agencyId,
    actor.apiKeyId ? null : actor.userId,
    clientId,
  );
  if (!standing) throw new DomainError('not_found', NO_CLIENT);
  return clientAccessOf(actor, standing);
}
