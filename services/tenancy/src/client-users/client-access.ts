import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { resolveActorAccess, type Access } from '../access/resolve-access';
import { findVisibleClient } from '../clients/visible-client';
import {
  AGENCY_USER_CLIENT_PERMISSIONS,
  clientPermissionsOf,
  isClientRole,
  type ClientPermission,
} from '../domain/permissions';
import { clientUsersMayEnter } from '../domain/client-status';
import { isUuid } from '../domain/ids';
import { findActiveClientUserByIdentity, findClientUser, type ClientUser } from '../store/client-users';
import { findClient, type ClientRecord } from '../store/clients';
import type { Tx } from '../store/transaction';
import { TENANCY_ERRORS } from '../domain/errors';

const NO_CLIENT = 'No such client.';

/** Someone inside a client account: an agency user who may enter it, or one of its active users. */
export interface ClientEntry {
  client: ClientRecord;
  /** What the agency user may do in the agency; null for a client user. */
  agencyAccess: Access | null;
  /** The caller's own client user; null for an agency user. */
  clientUser: ClientUser | null;
  /** What the caller may do inside the client (reading is implied). */
  permissions: readonly ClientPermission[];
}

function isNotFound(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'not_found';
}

/**
 * Enters a client as the actor: an agency user who may enter it (findVisibleClient) holds every client
 * permission, even while it is inactive; otherwise an active user of that very client holds their
 * role's while the client is on (docs/product.md "Client lifecycle": a client turned off lets its own
 * users in no more). Anyone else answers not_found, so neither the client nor the agency leaks.
 */
export async function enterClient(
  tx: Tx,
  actor: Actor & { agencyId: string },
  clientId: string,
): Promise<ClientEntry> {
  let agencyAccess: Access | null = null;
  try {
    agencyAccess = await resolveActorAccess(tx, actor);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (agencyAccess) {
    try {
      const client = await findVisibleClient(tx, agencyAccess, clientId);
      return { client, agencyAccess, clientUser: null, permissions: AGENCY_USER_CLIENT_PERMISSIONS };
    } catch (error) {
      // A member outside the client's team may still be one of its users (e.g. the master client).
      if (!isNotFound(error) || agencyAccess.role === 'api_key') throw error;
    }
  }
  const clientUser =
    isUuid(clientId) && isUuid(actor.userId) && !actor.apiKeyId
      ? await findActiveClientUserByIdentity(tx, actor.agencyId, clientId, actor.userId)
      : null;
  if (!clientUser || !isClientRole(clientUser.role)) throw new DomainError('not_found', NO_CLIENT);
  const client = await findClient(tx, clientId);
  if (!client || !clientUsersMayEnter(client.status)) throw new DomainError('not_found', NO_CLIENT);
  if (client.status === 'deleting')
    throw new DomainError(TENANCY_ERRORS.client_deleted, 'The client is being deleted.');
  return { client, agencyAccess: null, clientUser, permissions: clientPermissionsOf(clientUser.role) };
}

/** Enters the client as someone who may manage its users (see requireUserManagement). */
export async function manageClientUsers(
  tx: Tx,
  actor: Actor & { agencyId: string },
  clientId: string,
): Promise<ClientEntry> {
  const entry = await enterClient(tx, actor, clientId);
  requireUserManagement(entry);
  return entry;
}

/**
 * Managing a client's users: an agency user needs clients:update; a client user needs users:manage
 * (the primary). Both may already enter the client, so the refusal is forbidden, not not_found.
 */
export function requireUserManagement(entry: ClientEntry): void {
  const allowed = entry.agencyAccess
    ? entry.agencyAccess.permissions.includes('clients:update')
    : entry.permissions.includes('users:manage');
  if (!allowed) {
    throw new DomainError(
      'forbidden',
      entry.agencyAccess
        ? "Managing a client's users needs the clients:update permission."
        : "Managing the account's users needs the users:manage permission.",
    );
  }
}

/** A user of the entered client, or not_found. */
export async function findUserOf(tx: Tx, entry: ClientEntry, clientUserId: string): Promise<ClientUser> {
  const clientUser = isUuid(clientUserId) ? await findClientUser(tx, entry.client.id, clientUserId) : null;
  if (!clientUser) throw new DomainError('not_found', 'The client has no such user.');
  return clientUser;
}
