import { requireAgencyActor } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import type { Plan } from '../domain/subscriptions';
import { listPlans as listCataloguePlans } from '../store/plans';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** The plan catalogue; any agency actor may see it. */
export async function listPlans(db: Db, actor: Actor | undefined): Promise<Plan[]> {
  const { agencyId } = requireAgencyActor(actor);
  return inTenant(db, { agencyId }, (tx) => listCataloguePlans(tx));
}
