import fc from 'fast-check';
import { priceCredits, type PriceTier } from '../src/domain/pricing';

const TIERS: PriceTier[] = [
  { id: 'usd-starter', minQuantity: 1, maxQuantity: 999, unitPriceMinor: 100, currency: 'USD' },
  { id: 'usd-volume', minQuantity: 1000, maxQuantity: 4999, unitPriceMinor: 85, currency: 'USD' },
  { id: 'usd-bulk', minQuantity: 5000, maxQuantity: null, unitPriceMinor: 70, currency: 'USD' },
];

describe('the price of credits', () => {
  it('is the quantity times the unit price of the one tier it falls in, in integer minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (quantity) => {
        const price = priceCredits(TIERS, quantity, 'USD');
        const tier = TIERS.find((candidate) => candidate.id === price.tierId)!;
        expect(quantity).toBeGreaterThanOrEqual(tier.minQuantity);
        expect(quantity).toBeLessThanOrEqual(tier.maxQuantity ?? Infinity);
        expect(price.amountMinor).toBe(quantity * tier.unitPriceMinor);
        expect(Number.isSafeInteger(price.amountMinor)).toBe(true);
        expect(price.currency).toBe('USD');
      }),
    );
  });

  it('never charges more per credit for buying more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (a, b) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          expect(priceCredits(TIERS, more, 'USD').unitPriceMinor).toBeLessThanOrEqual(
            priceCredits(TIERS, less, 'USD').unitPriceMinor,
          );
        },
      ),
    );
  });

  it('puts the tier edges where the packs say', () => {
    expect(priceCredits(TIERS, 999, 'USD')).toMatchObject({ tierId: 'usd-starter', amountMinor: 99_900 });
    expect(priceCredits(TIERS, 1000, 'USD')).toMatchObject({ tierId: 'usd-volume', amountMinor: 85_000 });
    expect(priceCredits(TIERS, 5000, 'USD')).toMatchObject({ tierId: 'usd-bulk', amountMinor: 350_000 });
  });

  it('refuses a quantity that is not a positive whole number, or a currency no pack is sold in', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true })), (quantity) => {
        expect(() => priceCredits(TIERS, quantity, 'USD')).toThrow(/quantity/);
      }),
    );
    expect(() => priceCredits(TIERS, 10, 'EUR')).toThrow(/No credit pack/);
  });
});
