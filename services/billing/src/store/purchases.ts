import type { Db, Tx } from './db';

/** A credit purchase as billing keeps it (docs/billing.md "Purchases"). */
export interface PurchaseRecord {
  id: string;
  agencyId: string;
  clientId: string | null;
  idempotencyKey: string;
  requestHash: string;
  quantity: number;
  tierId: string;
  unitPriceMinor: number;
  amountMinor: number;
  currency: string;
  status: 'pending' | 'succeeded' | 'declined';
  declineReason: string | null;
  /** The user or API key that asked. */
  actorId: string | null;
  result: unknown;
}

export type PurchaseToClaim = Omit<PurchaseRecord, 'status' | 'declineReason' | 'result'>;

interface PurchaseRow {
  id: string;
  agency_id: string;
  client_id: string | null;
  idempotency_key: string;
  request_hash: string;
  quantity: string;
  tier_id: string;
  unit_price_minor: string;
  amount_minor: string;
  currency: string;
  status: PurchaseRecord['status'];
  decline_reason: string | null;
  actor_id: string | null;
  result: unknown;
}

function recordOf(row: PurchaseRow): PurchaseRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    clientId: row.client_id,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    quantity: Number(row.quantity),
    tierId: row.tier_id,
    unitPriceMinor: Number(row.unit_price_minor),
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    status: row.status,
    declineReason: row.decline_reason,
    actorId: row.actor_id,
    result: row.result,
  };
}

const COLUMNS = `id::text, agency_id::text, client_id::text, idempotency_key, request_hash, quantity::text,
  tier_id, unit_price_minor::text, amount_minor::text, currency, status, decline_reason, actor_id, result`;

/**
 * Records the purchase as pending under its idempotency key, or answers the purchase that holds the
 * key. A concurrent holder makes the INSERT wait until it commits (then its row is answered) or rolls
 * back (then the key is ours), so one key makes one purchase however many ask at once.
 */
export async function claimPurchase(
  tx: Tx,
  purchase: PurchaseToClaim,
): Promise<{ claimed: true } | { claimed: false; held: PurchaseRecord }> {
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO credit_purchases (id, agency_id, client_id, idempotency_key, request_hash, quantity, tier_id,
                                  unit_price_minor, amount_minor, currency, status, actor_id)
    VALUES (${purchase.id}::uuid, ${purchase.agencyId}::uuid, ${purchase.clientId}::uuid, ${purchase.idempotencyKey},
            ${purchase.requestHash}, ${purchase.quantity}::bigint, ${purchase.tierId}, ${purchase.unitPriceMinor}::bigint,
            ${purchase.amountMinor}::bigint, ${purchase.currency}, 'pending', ${purchase.actorId})
    ON CONFLICT (agency_id, idempotency_key) DO NOTHING
    RETURNING id::text`;
  if (inserted.length > 0) return { claimed: true };
  const [held] = await tx.$queryRawUnsafe<PurchaseRow[]>(
    `SELECT ${COLUMNS} FROM credit_purchases WHERE agency_id = $1::uuid AND idempotency_key = $2`,
    purchase.agencyId,
    purchase.idempotencyKey,
  );
  if (!held) throw new Error('an idempotency key conflicted with no visible purchase');
  return { claimed: false, held: recordOf(held) };
}

/** The purchase, its row locked until the transaction ends: whoever settles it holds this lock. */
export async function lockPurchase(tx: Tx, purchaseId: string): Promise<PurchaseRecord | null> {
  const [row] = await tx.$queryRawUnsafe<PurchaseRow[]>(
    `SELECT ${COLUMNS} FROM credit_purchases WHERE id = $1::uuid FOR UPDATE`,
    purchaseId,
  );
  return row ? recordOf(row) : null;
}

/** Marks a pending purchase credited by `movementId`, keeping what it answered for replays. */
export async function markPurchaseSucceeded(
  tx: Tx,
  purchaseId: string,
  settled: { movementId: string; providerPaymentId: string | null; result: object },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE credit_purchases
       SET status = 'succeeded', movement_id = ${settled.movementId}::uuid,
           provider_payment_id = ${settled.providerPaymentId}, result = ${JSON.stringify(settled.result)}::jsonb,
           completed_at = now()
     WHERE id = ${purchaseId}::uuid AND status = 'pending'`;
}

/** Marks a pending purchase declined for `reason`; nothing was charged or credited. */
export async function markPurchaseDeclined(
  tx: Tx,
  purchaseId: string,
  decline: { reason: string; providerPaymentId: string | null },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE credit_purchases
       SET status = 'declined', decline_reason = ${decline.reason},
           provider_payment_id = ${decline.providerPaymentId}, completed_at = now()
     WHERE id = ${purchaseId}::uuid AND status = 'pending'`;
}

/** Forgets a pending purchase that charged nothing (no card to charge), so its key is free again. */
export async function deletePendingPurchase(tx: Tx, purchaseId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM credit_purchases WHERE id = ${purchaseId}::uuid AND status = 'pending'`;
}

/** The agency of a purchase, past row-level security (a SECURITY DEFINER function), for webhooks. */
export async function agencyOfPurchase(tx: Tx, purchaseId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<Array<{ agency_id: string | null }>>`
    SELECT credit_purchase_agency(${purchaseId}::uuid)::text AS agency_id`;
  return rows[0]?.agency_id ?? null;
}

/** The client purge's part: the client's purchases (keys, actors, answers) go. */
export async function deleteClientPurchases(tx: Tx, clientId: string): Promise<number> {
  return tx.$executeRaw`DELETE FROM credit_purchases WHERE client_id = ${clientId}::uuid`;
}

/** The purchase, in the transaction's agency. */
export async function findPurchase(tx: Tx, purchaseId: string): Promise<PurchaseRecord | null> {
  const [row] = await tx.$queryRawUnsafe<PurchaseRow[]>(
    `SELECT ${COLUMNS} FROM credit_purchases WHERE id = $1::uuid`,
    purchaseId,
  );
  return row ? recordOf(row) : null;
}

/** Purchases still pending that were asked for between the two times, in every agency (ids only). */
export async function findPendingPurchases(
  db: Db,
  window: { askedAfter: Date; askedBefore: Date },
  limit: number,
): Promise<Array<{ purchaseId: string; agencyId: string }>> {
  const rows = await db.$queryRaw<Array<{ purchase_id: string; purchase_agency_id: string }>>`
    SELECT purchase_id::text, purchase_agency_id::text
      FROM pending_credit_purchases(${window.askedBefore}, ${window.askedAfter}, ${limit}::int)`;
  return rows.map((row) => ({ purchaseId: row.purchase_id, agencyId: row.purchase_agency_id }));
}
