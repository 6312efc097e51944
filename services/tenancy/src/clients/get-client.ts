import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { enterClient } from '../client-users/client-access';
import type { ClientRecord } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** One client account the caller may enter: as an agency user (findVisibleClient) or as its user. */
export async function getClient(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  return inTenant(
    db,
    { agencyId: actor.agencyId },
    async (tx) => (await enterClient(tx, actor, clientId)).client,
  );
}
