import type { Tx } from './db';

/** A client's money settings as billing keeps them; `null` fields were never set. */
export interface BillingSettingsRecord {
  clientId: string;
  licensePriceMinor: number;
  /** null: no spending limit. */
  spendingLimitMinor: number | null;
  currency: string;
  updatedAt: Date | null;
}

export const DEFAULT_SETTINGS = { licensePriceMinor: 0, spendingLimitMinor: null, currency: 'USD' } as const;

/**
 * The client's settings, its row locked until the transaction ends when `lock`: a client's purchases
 * take this lock, so two of them are checked against the spending limit one after the other.
 */
export async function findBillingSettings(
  tx: Tx,
  clientId: string,
  options: { lock?: boolean } = {},
): Promise<BillingSettingsRecord | null> {
  const rows = await tx.$queryRawUnsafe<
    Array<{ license: string; spending_limit: string | null; currency: string; updated_at: Date }>
  >(
    `SELECT license_price_minor::text AS license, spending_limit_minor::text AS spending_limit, currency, updated_at
       FROM client_billing_settings WHERE client_id = $1::uuid${options.lock ? ' FOR UPDATE' : ''}`,
    clientId,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    clientId,
    licensePriceMinor: Number(row.license),
    spendingLimitMinor: row.spending_limit === null ? null : Number(row.spending_limit),
    currency: row.currency,
    updatedAt: row.updated_at,
  };
}

/** Writes the client's settings whole (the use case merged the change into what was there). */
export async function saveBillingSettings(
  tx: Tx,
  agencyId: string,
  settings: Omit<BillingSettingsRecord, 'updatedAt'>,
  updatedBy: string,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO client_billing_settings (client_id, agency_id, license_price_minor, spending_limit_minor, currency, updated_by)
    VALUES (${settings.clientId}::uuid, ${agencyId}::uuid, ${settings.licensePriceMinor}::bigint,
            ${settings.spendingLimitMinor}::bigint, ${settings.currency}, ${updatedBy})
    ON CONFLICT (client_id) DO UPDATE
       SET license_price_minor = EXCLUDED.license_price_minor, spending_limit_minor = EXCLUDED.spending_limit_minor,
           currency = EXCLUDED.currency, updated_by = EXCLUDED.updated_by, updated_at = now()`;
}

/**
 * What the client's card was charged, or is being charged, since `since` (the calendar month's start):
 * its purchases pending or succeeded, in `currency`. Pending ones count, so a charge in flight holds
 * its share of the limit until it is declined.
 */
export async function spentOnClientCard(
  tx: Tx,
  clientId: string,
  since: Date,
  currency: string,
): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ spent: string }>>`
    SELECT COALESCE(sum(amount_minor), 0)::text AS spent FROM credit_purchases
     WHERE client_id = ${clientId}::uuid AND status IN ('pending', 'succeeded')
       AND created_at >= ${since} AND currency = ${currency}`;
  return Number(rows[0]?.spent ?? 0);
}

/** The client purge's part: its settings go. */
export async function deleteClientBillingSettings(tx: Tx, clientId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM client_billing_settings WHERE client_id = ${clientId}::uuid`;
}
