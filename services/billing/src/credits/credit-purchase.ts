import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { AccountHolder } from '../domain/credits';
import { isUuid } from '../domain/ids';
import { EVENT_SOURCE } from '../events/source';
import { moveCredits } from '../ledger/move-credits';
import { claimMovement, saveMovementResult } from '../store/ledger';
import { agencyOfPurchase, lockPurchase, markPurchaseSucceeded } from '../store/purchases';
import { inTenant, switchAgency } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { LEDGER_TRANSACTION } from './ledger-transaction';

export interface PurchaseResult {
  purchaseId: string;
  movementId: string;
  quantity: number;
  tierId: string;
  unitPriceMinor: number;
  amountMinor: number;
  currency: string;
  /** The buyer's available credits right after it was credited. */
  available: number;
  occurredAt: string;
}

/**
 * Credits a purchase whose charge succeeded, exactly once: under the purchase's row lock, a pending
 * purchase gets its movement (issued → the buyer's account), its answer and its event, and becomes
 * succeeded; one credited already answers what it answered then. A retry, a late answer of the
 * provider and its webhook may all arrive here; the lock lets one of them credit it.
 */
export async function creditPurchase(
  db: Db,
  agencyId: string,
  purchaseId: string,
  providerPaymentId: string | null,
): Promise<PurchaseResult> {
  return inTenant(
    db,
    { agencyId },
    (tx) => creditPurchaseIn(tx, purchaseId, providerPaymentId),
    LEDGER_TRANSACTION,
  );
}

/** creditPurchase inside the caller's transaction of the purchase's agency (webhooks). */
export async function creditPurchaseIn(
  tx: Tx,
  purchaseId: string,
  providerPaymentId: string | null,
): Promise<PurchaseResult> {
  const purchase = await lockPurchase(tx, purchaseId);
  if (!purchase) throw new Error(`purchase ${purchaseId} vanished before it was credited`);
  if (purchase.status === 'succeeded') return purchase.result as PurchaseResult;
  // One provider key makes one charge: a succeeded charge of a declined purchase is a provider bug.
  if (purchase.status === 'declined')
    throw new Error(`purchase ${purchaseId} was declined, yet its charge succeeded`);
  const { agencyId, clientId } = purchase;
  const movementId = randomUUID();
  const buyer: AccountHolder = clientId ? { kind: 'client', clientId } : { kind: 'agency' };
  await claimMovement(tx, {
    id: movementId,
    agencyId,
    clientId,
    kind: 'purchase',
    idempotencyKey: `purchase/${purchase.id}`,
    requestHash: purchase.requestHash,
    reason: 'purchase',
    actorId: purchase.actorId,
  });
  const moved = await moveCredits(tx, agencyId, movementId, [
    { debit: { kind: 'issued' }, credit: buyer, amount: purchase.quantity },
  ]);
  const result: PurchaseResult = {
    purchaseId: purchase.id,
    movementId,
    quantity: purchase.quantity,
    tierId: purchase.tierId,
    unitPriceMinor: purchase.unitPriceMinor,
    amountMinor: purchase.amountMinor,
    currency: purchase.currency,
    available: moved.balanceOf(buyer),
    occurredAt: moved.at.toISOString(),
  };
  await saveMovementResult(tx, movementId, result);
  await markPurchaseSucceeded(tx, purchase.id, { movementId, providerPaymentId, result });
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.credits.purchased',
      subject: clientId ? `agencies/${agencyId}/clients/${clientId}` : `agencies/${agencyId}`,
      data: {
        agencyId,
        clientId: clientId ?? '',
        purchaseId: purchase.id,
        movementId,
        quantity: purchase.quantity,
        amountMinor: purchase.amountMinor,
        currency: purchase.currency,
        available: result.available,
        actorId: purchase.actorId ?? '',
      },
    },
    EVENT_SOURCE,
  );
  return result;
}

/**
 * The provider's webhook says the charge of `purchaseId` succeeded: credit it if it is still pending
 * (its answer was lost, or billing stopped before settling it), in the webhook's transaction. A
 * purchase credited already changes nothing; one that names no purchase of billing's is ignored.
 */
export async function settlePurchaseFromWebhook(
  tx: Tx,
  logger: Logger,
  purchaseId: string,
  providerPaymentId: string,
): Promise<void> {
  if (!isUuid(purchaseId)) return;
  const agencyId = await agencyOfPurchase(tx, purchaseId);
  if (!agencyId) return;
  await switchAgency(tx, agencyId);
  const purchase = await lockPurchase(tx, purchaseId);
  if (purchase?.status !== 'pending') return;
  await creditPurchaseIn(tx, purchaseId, providerPaymentId);
  logger.info({ purchaseId, agencyId }, 'credited a purchase from the provider webhook');
}
