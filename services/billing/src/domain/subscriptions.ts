import { DomainError } from '@atrium/errors';

/**
 * The rules of plans and subscriptions (docs/billing.md "Plans and subscriptions"), free of I/O.
 * Money is integer minor units; periods are calendar months in UTC.
 */

export interface Plan {
  id: string;
  name: string;
  monthlyFeeMinor: number;
  currency: string;
  /** Client accounts allowed, active and inactive together; null: unlimited. */
  clientLimit: number | null;
  features: string[];
  isDefault: boolean;
}

export type SubscriptionStatus = 'active' | 'past_due';

export interface SubscriptionRecord {
  agencyId: string;
  planId: string;
  status: SubscriptionStatus;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  pastDueSince: Date | null;
  nextRetryAt: Date | null;
  contactLookupUserId: string;
  version: number;
}

const DAY_MS = 86_400_000;

/** One calendar month after `start` in UTC; the month's last day when it has no such day (31 Jan → 28 Feb). */
export function periodEndAfter(start: Date): Date {
  const end = new Date(start.getTime());
  const day = start.getUTCDate();
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end;
}

/**
 * What an upgrade charges at once: the fee difference for the days left in the period,
 * `floor((new fee − old fee) × days left ÷ days in the period)`, where a started day counts as a whole
 * day left and the result rounds down to a whole minor unit. Nothing for a change to a plan that costs
 * the same or less (docs/billing.md has a worked example).
 */
export function prorationMinor(
  from: Pick<Plan, 'monthlyFeeMinor'>,
  to: Pick<Plan, 'monthlyFeeMinor'>,
  period: { start: Date; end: Date },
  now: Date,
): number {
  const difference = to.monthlyFeeMinor - from.monthlyFeeMinor;
  if (difference <= 0) return 0;
  const periodDays = Math.round((period.end.getTime() - period.start.getTime()) / DAY_MS);
  const daysLeft = Math.min(
    periodDays,
    Math.max(0, Math.ceil((period.end.getTime() - now.getTime()) / DAY_MS)),
  );
  if (periodDays <= 0 || daysLeft === 0) return 0;
  return Math.floor((difference * daysLeft) / periodDays);
}

/** Days after the first failed charge at which the fee is tried again; then every 7 days until paid. */
export const RETRY_AFTER_DAYS = [1, 3, 7] as const;
const RETRY_EVERY_DAYS_AFTER = 7;

/** When to try the fee again after `failedRetries` retries (0: the first charge) have failed. */
export function nextRetryAt(pastDueSince: Date, failedRetries: number): Date {
  const last = RETRY_AFTER_DAYS[RETRY_AFTER_DAYS.length - 1]!;
  const days =
    failedRetries < RETRY_AFTER_DAYS.length
      ? RETRY_AFTER_DAYS[failedRetries]!
      : last + RETRY_EVERY_DAYS_AFTER * (failedRetries - RETRY_AFTER_DAYS.length + 1);
  return new Date(pastDueSince.getTime() + days * DAY_MS);
}

/** Whether the runner owes the agency a charge now: its period ended while active, or a retry is due. */
export function feeDue(subscription: SubscriptionRecord, now: Date): boolean {
  if (subscription.status === 'active') return subscription.currentPeriodEnd <= now;
  return subscription.nextRetryAt !== null && subscription.nextRetryAt <= now;
}

/** When the next fee is charged and how much: the period's end, or the next retry while past_due. */
export function nextCharge(
  subscription: SubscriptionRecord,
  plan: Plan,
): { amountMinor: number; at: Date | null } {
  return {
    amountMinor: plan.monthlyFeeMinor,
    at: subscription.status === 'past_due' ? subscription.nextRetryAt : subscription.currentPeriodEnd,
  };
}

/** The plan a change names must exist: 400 naming planId otherwise. */
export function unknownPlan(planId: string): DomainError {
  return new DomainError('validation_failed', `There is no plan "${planId.slice(0, 64)}".`, {
    fields: [{ field: 'planId', message: 'must be the id of a plan of GET /v1/billing/plans' }],
  });
}

/** An Idempotency-Key: 1 to 255 visible ASCII characters, as the gateway documents it. */
export function changeKey(value: string): string {
  if (!/^[\x21-\x7e]{1,255}$/.test(value))
    throw new DomainError('validation_failed', 'A change of plan needs an Idempotency-Key.', {
      fields: [{ field: 'idempotencyKey', message: 'must be 1 to 255 visible ASCII characters' }],
    });
  return value;
}
