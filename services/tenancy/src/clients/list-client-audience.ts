import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import { clientAudience } from '../store/clients';
import type { Db } from '../store/db';
import { inTenant } from '../store/tenant';

/** Who has access to a client, for services that notify people about it. */
export async function listClientAudience(db: Db, agencyId: string, clientId: string): Promise<string[]> {
  if (!isUuid(clientId)) throw new DomainError('not_found', 'No such client.');
  return inTenant(db, { agencyId }, async (tx) => {
    const client = await tx.client.findFirst({ where: { id: clientId, agencyId }, select: { id: true } });
    if (!client) throw new DomainError('not_found', 'No such client.');
    return clientAudience(tx, agencyId, clientId);
  });
}
