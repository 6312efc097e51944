import { DomainError } from '@atrium/errors';

/** One volume tier of the credit packs (docs/billing.md): a price per credit for a range of quantities. */
export interface PriceTier {
  id: string;
  minQuantity: number;
  /** null: no upper end. */
  maxQuantity: number | null;
  unitPriceMinor: number;
  currency: string;
}

export interface Price {
  tierId: string;
  quantity: number;
  unitPriceMinor: number;
  /** quantity × unit price, in integer minor units of currency. */
  amountMinor: number;
  currency: string;
}

/**
 * What `quantity` credits cost in `currency`: the whole quantity at the unit price of the tier it falls
 * in (volume pricing, not graduated). A quantity no tier covers answers validation_failed.
 */
export function priceCredits(tiers: readonly PriceTier[], quantity: number, currency: string): Price {
  if (!Number.isSafeInteger(quantity) || quantity < 1)
    throw new DomainError('validation_failed', 'quantity must be a positive whole number.', {
      fields: [{ field: 'quantity', message: 'must be a positive whole number' }],
    });
  const tier = tiers.find(
    (candidate) =>
      candidate.currency === currency &&
      candidate.minQuantity <= quantity &&
      (candidate.maxQuantity === null || quantity <= candidate.maxQuantity),
  );
  if (!tier)
    throw new DomainError('validation_failed', `No credit pack covers ${quantity} credits in ${currency}.`, {
      fields: [{ field: 'quantity', message: 'no credit pack covers it' }],
    });
  const amountMinor = quantity * tier.unitPriceMinor;
  if (!Number.isSafeInteger(amountMinor))
    throw new DomainError('validation_failed', 'quantity is too large to price.', {
      fields: [{ field: 'quantity', message: 'is too large' }],
    });
  return { tierId: tier.id, quantity, unitPriceMinor: tier.unitPriceMinor, amountMinor, currency };
}
