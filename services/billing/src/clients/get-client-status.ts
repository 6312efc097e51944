import { DomainError } from '@atrium/errors';
import type { KnownClientStatus } from '../domain/client-status';
import { findClientStatus } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** What billing's projection knows of a client's status; not_found when it has heard nothing of it. */
export async function getClientStatus(
  db: Db,
  request: { agencyId: string; clientId: string },
): Promise<KnownClientStatus> {
  const known = await inTenant(db, { agencyId: request.agencyId }, (tx) =>
    findClientStatus(tx, request.clientId),
  );
  if (!known) throw new DomainError('not_found', 'No such client.');
  return known;
}
