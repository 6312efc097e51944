import { DomainError } from '@atrium/errors';
import type { Access } from '../access/resolve-access';
import { isUuid } from '../domain/ids';
import { findClient, isOnTeam, type ClientRecord } from '../store/clients';
import type { Tx } from '../store/transaction';
import { TENANCY_ERRORS } from '../domain/errors';

const NO_CLIENT = 'No such client.';

/**
 * The client `access` may enter: every one of the agency with clients:read_all, else those the caller
 * owns or is on the team of. Any other answers not_found, so existence does not leak; a client being
 * deleted answers client_deleted to those who could enter it.
 */
export async function findVisibleClient(tx: Tx, access: Access, clientId: string): Promise<ClientRecord> {
  const client = isUuid(clientId) ? await findClient(tx, clientId) : null;
  if (!client || client.status === 'deleted') throw new DomainError('not_found', NO_CLIENT);
  const visible =
    access.permissions.includes('clients:read_all') ||
    (access.role !== 'api_key' &&
      (client.ownerId === access.userId || (await isOnTeam(tx, client.id, access.userId))));
  if (!visible) throw new DomainError('not_found', NO_CLIENT);
  if (client.status === 'deleting')
    throw new DomainError(TENANCY_ERRORS.client_deleted, 'The client is being deleted.');
  return client;
}
