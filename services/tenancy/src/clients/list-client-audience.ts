import { DomainError } from '@atrium/errors';
import { clientAudience } from '../store/clients';
import type { Db } from '../store/db';

/** Who has access to a client, for services that notify people about it. */
export async function listClientAudience(db: Db, agencyId: string, clientId: string): Promise<string[]> {
  const client = await db.client.findFirst({ where: { id: clientId, agencyId }, select: { id: true } });
  if (!client) throw new DomainError('not_found', 'No such client.');
  return clientAudience(db, agencyId, clientId);
}
