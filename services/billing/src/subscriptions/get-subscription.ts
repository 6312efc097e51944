import { requireAgencyPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import type { Plan, SubscriptionRecord } from '../domain/subscriptions';
import { findPlan } from '../store/plans';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { openSubscription } from './open-subscription';

export interface SubscriptionView {
  subscription: SubscriptionRecord;
  plan: Plan;
}

/** The agency's subscription and its plan; needs billing:read. */
export async function getSubscription(
  db: Db,
  actor: Actor | undefined,
  now = new Date(),
): Promise<SubscriptionView> {
  const { agencyId, userId } = requireAgencyPermission(actor, 'billing:read');
  return inTenant(db, { agencyId }, async (tx) =>
    viewOf(tx, await openSubscription(tx, agencyId, now, userId ?? '')),
  );
}

export async function viewOf(tx: Tx, subscription: SubscriptionRecord): Promise<SubscriptionView> {
  const plan = await findPlan(tx, subscription.planId);
  if (!plan) throw new Error(`subscription of ${subscription.agencyId} names no plan ${subscription.planId}`);
  return { subscription, plan };
}
