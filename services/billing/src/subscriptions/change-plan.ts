import { DomainError } from '@atrium/errors';
import { requireAgencyPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import { keyReused } from '../domain/credits';
import { changeKey, prorationMinor, unknownPlan, type Plan } from '../domain/subscriptions';
import { chargePaymentMethod } from '../payments/charge-payment-method';
import { BILLING_ERRORS as PAYMENT_ERRORS } from '../payments/errors';
import type { PaymentProvider } from '../payments/port';
import { countPlanClients } from '../store/clients';
import { findPlan } from '../store/plans';
import {
  deletePlanChange,
  findPlanChange,
  insertPlanChange,
  lockSubscription,
  markPlanChangeDone,
  updateSubscription,
  type PlanChangeRecord,
} from '../store/subscriptions';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { SUBSCRIPTION_ERRORS } from './errors';
import { viewOf, type SubscriptionView } from './get-subscription';
import { openSubscription } from './open-subscription';
import { subscriptionChanged } from './subscription-events';

export interface PlanChangeResult extends SubscriptionView {
  /** The proration charged now, in minor units of the plan's currency. */
  chargedAmountMinor: number;
}

/** What the first transaction decided: answered already, or a proration to charge before applying. */
type Decision = { done: PlanChangeResult } | { charge: PlanChangeRecord };

/**
 * Moves the agency to another plan at once (docs/billing.md "Plans and subscriptions"), once per
 * Idempotency-Key. A plan that allows fewer clients than the agency has is refused; an upgrade first
 * charges the agency's card the prorated fee difference, outside any transaction (the provider may be
 * slow), under a provider key derived from the change, so a retry with the same Idempotency-Key after
 * the provider failed charges at most once and finishes the change. Needs billing:manage.
 */
export async function changePlan(
  db: Db,
  provider: PaymentProvider,
  actorOrNone: Actor | undefined,
  request: { planId: string; idempotencyKey: string },
  now = new Date(),
): Promise<PlanChangeResult> {
  const actor = requireAgencyPermission(actorOrNone, 'billing:manage');
  const { agencyId } = actor;
  const idempotencyKey = changeKey(request.idempotencyKey);
  if (!request.planId) throw unknownPlan('');
  const decision = await inTenant(db, { agencyId }, async (tx): Promise<Decision> => {
    const subscription = await openSubscription(tx, agencyId, now, actor.userId);
    const plan = await findPlan(tx, request.planId);
    if (!plan) throw unknownPlan(request.planId);
    const earlier = await findPlanChange(tx, agencyId, idempotencyKey);
    if (earlier) {
      if (earlier.planId !== plan.id) throw keyReused();
      if (earlier.status === 'pending') return { charge: earlier };
      return {
        done: { ...(await viewOf(tx, subscription)), chargedAmountMinor: earlier.chargedAmountMinor },
      };
    }
    const current = await viewOf(tx, subscription);
    await requireRoomFor(tx, agencyId, plan);
    const period = { start: subscription.currentPeriodStart, end: subscription.currentPeriodEnd };
    const amount = plan.id === subscription.planId ? 0 : prorationMinor(current.plan, plan, period, now);
    const change = await insertPlanChange(tx, {
      agencyId,
      idempotencyKey,
      planId: plan.id,
      status: amount === 0 ? 'done' : 'pending',
      chargedAmountMinor: amount,
      currency: plan.currency,
      periodEnd: subscription.currentPeriodEnd,
      actorId: actor.userId,
    });
    if (amount > 0) return { charge: change };
    if (plan.id === subscription.planId) return { done: { ...current, chargedAmountMinor: 0 } };
    return { done: { ...(await applyPlan(tx, agencyId, plan)), chargedAmountMinor: 0 } };
  });
  if ('done' in decision) return decision.done;
  const change = decision.charge;
  const result = await chargePaymentMethod(db, provider, {
    agencyId,
    clientId: null,
    amount: change.chargedAmountMinor,
    currency: change.currency,
    idempotencyKey: `subscription-change/${change.id}`,
  });
  if (result.outcome === 'unavailable')
    throw new DomainError(
      PAYMENT_ERRORS.payment_provider_unavailable,
      'The payment provider did not answer; send the same request with the same Idempotency-Key again.',
    );
  if (result.outcome !== 'succeeded') {
    await inTenant(db, { agencyId }, (tx) => deletePlanChange(tx, change.id));
    const reason = result.outcome === 'declined' ? result.reason : 'authentication_required';
    throw new DomainError(
      PAYMENT_ERRORS.payment_declined,
      `The agency's card was declined (${reason}); the plan did not change.`,
      { fields: [{ field: 'planId', message: `the upgrade's charge was declined: ${reason}` }] },
    );
  }
  return inTenant(db, { agencyId }, async (tx) => {
    const subscription = (await lockSubscription(tx, agencyId))!;
    const stored = await findPlanChange(tx, agencyId, idempotencyKey);
    // A concurrent request under the same key finished it first.
    if (stored?.status === 'done')
      return { ...(await viewOf(tx, subscription)), chargedAmountMinor: change.chargedAmountMinor };
    await markPlanChangeDone(tx, change.id);
    const plan = (await findPlan(tx, change.planId))!;
    return { ...(await applyPlan(tx, agencyId, plan)), chargedAmountMinor: change.chargedAmountMinor };
  });
}

/** 409 when the agency holds more clients (active and inactive) than the plan allows. */
async function requireRoomFor(tx: Tx, agencyId: string, plan: Plan): Promise<void> {
  if (plan.clientLimit === null) return;
  const clients = await countPlanClients(tx, agencyId);
  if (clients > plan.clientLimit)
    throw new DomainError(
      SUBSCRIPTION_ERRORS.plan_client_limit_below_usage,
      `The ${plan.name} plan allows ${plan.clientLimit} client accounts; the agency has ${clients}, active and inactive together.`,
      {
        fields: [
          {
            field: 'planId',
            message: `allows ${plan.clientLimit} clients, fewer than the ${clients} the agency has`,
          },
        ],
      },
    );
}

/** Puts the locked subscription on `plan` and announces it. */
async function applyPlan(tx: Tx, agencyId: string, plan: Plan): Promise<SubscriptionView> {
  const subscription = await updateSubscription(tx, agencyId, { planId: plan.id });
  await subscriptionChanged(tx, subscription, plan);
  return { subscription, plan };
}
