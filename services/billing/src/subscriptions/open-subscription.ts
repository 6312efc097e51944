import { periodEndAfter, type SubscriptionRecord } from '../domain/subscriptions';
import { findDefaultPlan } from '../store/plans';
import { insertSubscription, lockSubscription } from '../store/subscriptions';
import type { Tx } from '../store/transaction';
import { subscriptionChanged } from './subscription-events';

/**
 * The agency's subscription, opened on the default plan with a first period from `since` when it has
 * none yet, and locked until the transaction ends. Sign-up opens it (agency.created); an agency billing
 * has not heard of (it signed up before plans existed) gets it at its first subscription call.
 */
export async function openSubscription(
  tx: Tx,
  agencyId: string,
  since: Date,
  contactLookupUserId: string,
): Promise<SubscriptionRecord> {
  const existing = await lockSubscription(tx, agencyId);
  if (existing) return existing;
  const plan = await findDefaultPlan(tx);
  const opened = await insertSubscription(tx, {
    agencyId,
    planId: plan.id,
    currentPeriodStart: since,
    currentPeriodEnd: periodEndAfter(since),
    contactLookupUserId,
  });
  // Locked either way: a concurrent opener's insert made this one wait, then find its row.
  const subscription = (await lockSubscription(tx, agencyId))!;
  if (opened) await subscriptionChanged(tx, subscription, plan);
  return subscription;
}
