import type { Logger } from '@atrium/logger';
import { feeDue, nextRetryAt, periodEndAfter } from '../domain/subscriptions';
import { chargePaymentMethod } from '../payments/charge-payment-method';
import type { ChargeResult, PaymentProvider } from '../payments/port';
import { findPaymentMethod } from '../store/payment-methods';
import { findPlan } from '../store/plans';
import {
  findFeeCharge,
  insertFeeCharge,
  lockSubscription,
  updateFeeCharge,
  updateSubscription,
  type FeeChargeRecord,
} from '../store/subscriptions';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { subscriptionChanged, subscriptionPastDue } from './subscription-events';

export interface FeeChargeOptions {
  /** How long one attempt is the claiming runner's before another may repeat it (same provider key). */
  claimMs: number;
  now?: Date;
}

export type FeeChargeOutcome = 'not_due' | 'claimed_elsewhere' | 'succeeded' | 'failed' | 'unavailable';

/**
 * Charges the agency's monthly fee for the period after the one that ended, if it is due
 * (docs/billing.md "The monthly fee"). The period's one charge row is taken under the subscription's
 * row lock before the provider is asked, and the provider's idempotency key is that row's id and
 * attempt: two runners on the same agency charge it once, one finding the row claimed by the other;
 * a runner that died mid-charge is repeated, after the claim runs out, under the same key. A success
 * starts the new period (active again if it was past_due, subscription.changed); a failure makes the
 * subscription past_due (subscription.past_due once) and sets the next retry.
 */
export async function chargeMonthlyFee(
  db: Db,
  provider: PaymentProvider,
  logger: Logger,
  agencyId: string,
  options: FeeChargeOptions,
): Promise<FeeChargeOutcome> {
  const now = options.now ?? new Date();
  const charge = await inTenant(db, { agencyId }, (tx) => claimFeeCharge(tx, agencyId, now, options.claimMs));
  if (charge === 'not_due' || charge === 'claimed_elsewhere') return charge;
  const result: ChargeResult =
    charge.amountMinor === 0
      ? { outcome: 'succeeded', paymentId: '' }
      : await chargePaymentMethod(db, provider, {
          agencyId,
          clientId: null,
          amount: charge.amountMinor,
          currency: charge.currency,
          idempotencyKey: `subscription-fee/${charge.id}/${charge.attempts}`,
        });
  if (result.outcome === 'unavailable') {
    logger.warn(
      { agencyId, message: result.message },
      'provider unavailable for the monthly fee; tried again next run',
    );
    // Free the claim: the next run repeats this attempt under the same key.
    await inTenant(db, { agencyId }, (tx) => updateFeeCharge(tx, charge.id, { claimedUntil: null }));
    return 'unavailable';
  }
  return inTenant(db, { agencyId }, (tx) => recordOutcome(tx, charge, result, now));
}

async function claimFeeCharge(
  tx: Tx,
  agencyId: string,
  now: Date,
  claimMs: number,
): Promise<FeeChargeRecord | 'not_due' | 'claimed_elsewhere'> {
  const subscription = await lockSubscription(tx, agencyId);
  if (!subscription || !feeDue(subscription, now)) return 'not_due';
  const plan = (await findPlan(tx, subscription.planId))!;
  const claimedUntil = new Date(now.getTime() + claimMs);
  const periodStart = subscription.currentPeriodEnd;
  const existing = await findFeeCharge(tx, agencyId, periodStart);
  if (!existing)
    return insertFeeCharge(tx, {
      agencyId,
      periodStart,
      periodEnd: periodEndAfter(periodStart),
      planId: plan.id,
      amountMinor: plan.monthlyFeeMinor,
      currency: plan.currency,
      claimedUntil,
    });
  if (existing.status === 'succeeded') return 'not_due';
  if (existing.status === 'pending') {
    if (existing.claimedUntil && existing.claimedUntil > now) return 'claimed_elsewhere';
    // The attempt's runner died or the provider did not answer: repeat it under the same key.
    return updateFeeCharge(tx, existing.id, { claimedUntil });
  }
  // A retry after a failure: a new attempt, at the fee of the plan the agency is on now.
  return updateFeeCharge(tx, existing.id, {
    status: 'pending',
    attempts: existing.attempts + 1,
    planId: plan.id,
    amountMinor: plan.monthlyFeeMinor,
    currency: plan.currency,
    claimedUntil,
  });
}

async function recordOutcome(
  tx: Tx,
  charge: FeeChargeRecord,
  result: Exclude<ChargeResult, { outcome: 'unavailable' }>,
  now: Date,
): Promise<FeeChargeOutcome> {
  const { agencyId } = charge;
  const subscription = (await lockSubscription(tx, agencyId))!;
  const stored = await findFeeCharge(tx, agencyId, charge.periodStart);
  // Another runner took the attempt over after this one's claim ran out, and answered first.
  if (stored?.status !== 'pending' || stored.attempts !== charge.attempts) return 'claimed_elsewhere';
  const plan = (await findPlan(tx, subscription.planId))!;
  if (result.outcome === 'succeeded') {
    await updateFeeCharge(tx, charge.id, {
      status: 'succeeded',
      claimedUntil: null,
      providerPaymentId: result.paymentId || null,
    });
    const renewed = await updateSubscription(tx, agencyId, {
      status: 'active',
      currentPeriodStart: charge.periodStart,
      currentPeriodEnd: charge.periodEnd,
      pastDueSince: null,
      nextRetryAt: null,
    });
    await subscriptionChanged(tx, renewed, plan);
    return 'succeeded';
  }
  const reason = result.outcome === 'declined' ? result.reason : 'authentication_required';
  await updateFeeCharge(tx, charge.id, { status: 'failed', claimedUntil: null, lastFailure: reason });
  if (subscription.status === 'past_due') {
    // attempts counts the first charge too: attempts − 1 retries have failed now.
    await updateSubscription(tx, agencyId, {
      nextRetryAt: nextRetryAt(subscription.pastDueSince!, charge.attempts - 1),
    });
    return 'failed';
  }
  const pastDue = await updateSubscription(tx, agencyId, {
    status: 'past_due',
    pastDueSince: now,
    nextRetryAt: nextRetryAt(now, 0),
  });
  const card = await findPaymentMethod(tx, agencyId, null);
  await subscriptionPastDue(tx, pastDue, plan, {
    amountMinor: charge.amountMinor,
    currency: charge.currency,
    reason,
    contactLookupUserId: card?.savedBy || subscription.contactLookupUserId,
  });
  return 'failed';
}
