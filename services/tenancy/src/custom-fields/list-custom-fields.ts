import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import { listAgencyCustomFields, type AgencyCustomField } from '../store/custom-fields';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** The agency's custom fields, by key; any member may read them to fill in clients. */
export async function listCustomFields(db: Db, actorOrNone: Actor | undefined): Promise<AgencyCustomField[]> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    await resolveActorAccess(tx, actor);
    return listAgencyCustomFields(tx, actor.agencyId);
  });
}
