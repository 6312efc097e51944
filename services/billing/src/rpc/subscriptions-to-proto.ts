import type { billing } from '@atrium/proto';
import { nextCharge, type Plan, type SubscriptionStatus } from '../domain/subscriptions';
import type { SubscriptionView } from '../subscriptions/get-subscription';

export function planToProto(plan: Plan): billing.Plan {
  return {
    id: plan.id,
    name: plan.name,
    monthlyFeeMinor: plan.monthlyFeeMinor,
    currency: plan.currency,
    clientLimit: plan.clientLimit ?? 0,
    unlimitedClients: plan.clientLimit === null,
    features: plan.features,
    isDefault: plan.isDefault,
  };
}

const STATUS: Record<SubscriptionStatus, billing.SubscriptionStatus> = {
  active: 'SUBSCRIPTION_STATUS_ACTIVE',
  past_due: 'SUBSCRIPTION_STATUS_PAST_DUE',
};

export function subscriptionToProto({ subscription, plan }: SubscriptionView): billing.Subscription {
  const next = nextCharge(subscription, plan);
  return {
    plan: planToProto(plan),
    status: STATUS[subscription.status],
    currentPeriodStart: subscription.currentPeriodStart.toISOString(),
    currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    nextChargeAmountMinor: next.amountMinor,
    nextChargeCurrency: plan.currency,
    nextChargeAt: next.at?.toISOString() ?? '',
    pastDueSince: subscription.pastDueSince?.toISOString() ?? '',
  };
}
