import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import type { ClientRecord } from '../store/clients';
import type { Db } from '../store/db';
import { inTenant } from '../store/tenant';
import { findVisibleClient } from './visible-client';

/** One client account the caller may enter. */
export async function getClient(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) =>
    findVisibleClient(tx, await resolveActorAccess(tx, actor), clientId),
  );
}
