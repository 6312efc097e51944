import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import { clientAudience, clientExists } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** Who has access to a client, for services that notify people about it. */
export async function listClientAudience(db: Db, agencyId: string, clientId: string): Promise<string[]> {
  if (!isUuid(clientId)) throw new DomainError('not_found', 'No such client.');
  return inTenant(db, { agencyId }, async (tx) => {
    if (!(await clientExists(tx, agencyId, clientId))) throw new DomainError('not_found', 'No such client.');
    return clientAudience(tx, agencyId, clientId);
  });
}
