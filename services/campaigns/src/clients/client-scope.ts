import { DomainError } from '@atrium/errors';
import { requireClientPermission, type Actor } from '@atrium/grpc';
import { CAMPAIGNS_ERRORS } from '../domain/errors';
import { isUuid } from '../domain/ids';
import { findClientStatus } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';

/** The client a use case acts inside, and its agency. */
export interface ClientScope {
  agencyId: string;
  clientId: string;
}

/**
 * Runs `work` inside one client for the caller, in one transaction of the client's agency. The
 * gateway resolved whether the caller may enter the client and which client permissions it holds
 * there (docs/authorization.md); libs/grpc only compares, failing closed: no entry answers
 * not_found, entry without `permission` forbidden. A client the projection knows as deleted answers
 * client_deleted (docs/product.md#client-lifecycle); one it has not heard of yet is taken as the
 * gateway found it, since tenancy's event may trail the caller.
 */
export async function inClient<T>(
  db: Db,
  actor: Actor | undefined,
  clientId: string,
  permission: string | undefined,
  work: (tx: Tx, scope: ClientScope) => Promise<T>,
): Promise<T> {
  const { agencyId } = requireClientPermission(actor, clientId, permission);
  if (!isUuid(clientId)) throw new DomainError('not_found', 'No such client.');
  return inTenant(db, { agencyId }, async (tx) => {
    const known = await findClientStatus(tx, clientId);
    if (known?.status === 'deleted')
      throw new DomainError(CAMPAIGNS_ERRORS.client_deleted, 'The client has been deleted.');
    return work(tx, { agencyId, clientId });
  });
}
