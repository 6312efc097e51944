import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import type { AgencyCustomField } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { inTenant } from '../store/tenant';

/** The agency's custom fields, by key; any member may read them to fill in clients. */
export async function listCustomFields(db: Db, actorOrNone: Actor | undefined): Promise<AgencyCustomField[]> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    await resolveActorAccess(tx, actor);
    return tx.agencyCustomField.findMany({ where: { agencyId: actor.agencyId }, orderBy: { key: 'asc' } });
  });
}
