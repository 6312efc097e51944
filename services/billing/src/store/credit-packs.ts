import type { PriceTier } from '../domain/pricing';
import type { Tx } from './db';

/** Every volume tier of the credit packs, by currency and size. */
export async function listPriceTiers(tx: Tx): Promise<PriceTier[]> {
  const rows = await tx.creditPackTier.findMany({ orderBy: [{ currency: 'asc' }, { minQuantity: 'asc' }] });
  return rows.map((row) => ({
    id: row.id,
    minQuantity: row.minQuantity,
    maxQuantity: row.maxQuantity,
    unitPriceMinor: Number(row.unitPriceMinor),
    currency: row.currency,
  }));
}
