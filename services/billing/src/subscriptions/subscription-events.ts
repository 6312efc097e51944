import { enqueueEvent } from '@atrium/events';
import type { Plan, SubscriptionRecord } from '../domain/subscriptions';
import { EVENT_SOURCE } from '../events/source';
import type { Tx } from '../store/transaction';

function subjectOf(agencyId: string): string {
  return `agencies/${agencyId}/subscription`;
}

/** The subscription as it now is, for projections such as tenancy's plan client limit. */
export async function subscriptionChanged(
  tx: Tx,
  subscription: SubscriptionRecord,
  plan: Plan,
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.subscription.changed',
      subject: subjectOf(subscription.agencyId),
      data: {
        agencyId: subscription.agencyId,
        planId: plan.id,
        clientLimit: plan.clientLimit ?? 0,
        unlimitedClients: plan.clientLimit === null,
        status: subscription.status,
        currentPeriodStart: subscription.currentPeriodStart.toISOString(),
        currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
        version: subscription.version,
      },
    },
    EVENT_SOURCE,
  );
}

export async function subscriptionPastDue(
  tx: Tx,
  subscription: SubscriptionRecord,
  plan: Plan,
  charge: { amountMinor: number; currency: string; reason: string; contactLookupUserId: string },
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.subscription.past_due',
      subject: subjectOf(subscription.agencyId),
      data: {
        agencyId: subscription.agencyId,
        planId: plan.id,
        planName: plan.name,
        amountMinor: charge.amountMinor,
        currency: charge.currency,
        reason: charge.reason,
        nextRetryAt: subscription.nextRetryAt?.toISOString() ?? '',
        contactLookupUserId: charge.contactLookupUserId,
        version: subscription.version,
      },
    },
    EVENT_SOURCE,
  );
}
