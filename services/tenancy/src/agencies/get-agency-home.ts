import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { planClientLimitOf } from '../plan-limits/plan-client-limit';
import { resolveActorAccess } from '../access/resolve-access';
import { countClientsAndMembers, type AgencyRecord } from '../store/agencies';
import type { Db } from '../store/transaction';
import { inTenant } from '../store/tenant';

export interface AgencyHome {
  agency: AgencyRecord;
  activeClients: number;
  inactiveClients: number;
  members: number;
  /** null: unlimited. */
  planClientLimit: number | null;
}

/** The agency home page's figures (docs/product.md "Agencies"); the credit balance is billing's. */
export async function getAgencyHome(
  db: Db,
  actorOrNone: Actor | undefined,
  defaultPlanClientLimit: number,
): Promise<AgencyHome> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const { agency } = await resolveActorAccess(tx, actor);
    const counts = await countClientsAndMembers(tx, actor.agencyId);
    return {
      agency,
      activeClients: counts.active,
      inactiveClients: counts.inactive,
      members: counts.members,
      planClientLimit: await planClientLimitOf(tx, actor.agencyId, defaultPlanClientLimit),
    };
  });
}
