import { DomainError } from '@atrium/errors';
import { BILLING_ERRORS } from '../domain/errors';
import { monthStart } from '../domain/spending';
import {
  findBillingSettings,
  spentOnClientCard,
  type BillingSettingsRecord,
} from '../store/billing-settings';
import type { Tx } from '../store/transaction';

/**
 * The client's money settings with its row locked for the rest of the transaction, or null when none
 * were set (then there is no limit to hold, and nothing to lock).
 */
export function lockClientSpending(tx: Tx, clientId: string): Promise<BillingSettingsRecord | null> {
  return findBillingSettings(tx, clientId, { lock: true });
}

/**
 * A charge to the client's card, already recorded pending in this transaction, may not take this
 * calendar month's charges (pending and succeeded, in the settings' currency) past the spending limit:
 * `spending_limit_reached`, and the transaction rolls the charge's record back before anything is
 * charged. Called under lockClientSpending's lock, so concurrent charges are counted one by one.
 */
export async function requireWithinSpendingLimit(
  tx: Tx,
  clientId: string,
  settings: BillingSettingsRecord,
  now: Date = new Date(),
): Promise<void> {
  const limit = settings.spendingLimitMinor;
  if (limit === null) return;
  const spent = await spentOnClientCard(tx, clientId, monthStart(now), settings.currency);
  if (spent > limit)
    throw new DomainError(
      BILLING_ERRORS.spending_limit_reached,
      `This charge would take this month's charges to the client's card past its spending limit of ${limit} ` +
        `(minor units of ${settings.currency}); nothing was charged.`,
    );
}
