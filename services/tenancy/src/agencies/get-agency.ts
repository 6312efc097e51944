import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import type { AgencyRecord } from '../store/agencies';
import type { Db } from '../store/transaction';
import { inTenant } from '../store/tenant';

/** The caller's agency with its branding; any member may read it. */
export async function getAgency(db: Db, actorOrNone: Actor | undefined): Promise<AgencyRecord> {
  const actor = requireActor(actorOrNone);
  return inTenant(
    db,
    { agencyId: actor.agencyId },
    async (tx) => (await resolveActorAccess(tx, actor)).agency,
  );
}
