import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { requireAgencyPermission, requireClientOrAgencyPermission } from '@atrium/grpc';
import type { Actor, Logger } from '@atrium/logger';
import { creditAmount, idempotencyKey, keyReused, requestHash } from '../domain/credits';
import { priceCredits } from '../domain/pricing';
import { chargePaymentMethod } from '../payments/charge-payment-method';
import { BILLING_ERRORS as PAYMENT_ERRORS } from '../payments/errors';
import type { ChargeResult, PaymentProvider } from '../payments/port';
import { listPriceTiers } from '../store/credit-packs';
import { findPaymentMethod } from '../store/payment-methods';
import {
  claimPurchase,
  deletePendingPurchase,
  markPurchaseDeclined,
  type PurchaseRecord,
} from '../store/purchases';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { clientIdOf, requireMovableClient } from './client-account';
import { creditPurchase, type PurchaseResult } from './credit-purchase';
import { LEDGER_TRANSACTION } from './ledger-transaction';
import { lockClientSpending, requireWithinSpendingLimit } from './spending-limit';

export interface PurchaseRequest {
  /** Empty: the agency buys for itself. */
  clientId: string;
  quantity: string | number;
  idempotencyKey: string;
}

/** The currency credits are sold in when the buyer names none (the credits migration seeds USD). */
export const DEFAULT_CURRENCY = 'USD';

/**
 * What is left of the caller's deadline for the provider: the answer must leave time to record the
 * outcome and travel back, or the caller sees its own deadline pass with the purchase unsettled.
 */
const ANSWER_MARGIN_MS = 750;

/** The provider key of a purchase's charge: the same purchase always asks the same charge. */
export function chargeKeyOf(purchaseId: string): string {
  return `credit-purchase/${purchaseId}`;
}

export function declined(reason: string): DomainError {
  return new DomainError(
    PAYMENT_ERRORS.payment_declined,
    `The card was declined (${reason}); nothing was charged or credited.`,
    { fields: [{ field: 'paymentMethod', message: `declined: ${reason}` }] },
  );
}

function noCard(): DomainError {
  return new DomainError(
    PAYMENT_ERRORS.payment_method_required,
    'No payment method is saved to charge; save a card first (PUT …/payment-method).',
  );
}

/** How a purchase that holds its key answers again: the first result, or why it failed. */
function answerOf(held: PurchaseRecord, hash: string): PurchaseResult | undefined {
  if (held.requestHash !== hash) throw keyReused();
  if (held.status === 'succeeded') return held.result as PurchaseResult;
  if (held.status === 'declined') {
    if (held.declineReason === 'authentication_required')
      throw new DomainError(
        PAYMENT_ERRORS.payment_authentication_required,
        'The card holder must authenticate this charge; nothing was charged or credited.',
      );
    throw declined(held.declineReason ?? 'card_declined');
  }
  return undefined;
}

/**
 * Buys credits (docs/billing.md "Purchases"): the agency for itself with its own card (billing:manage),
 * or credits for a client with the client's card (an agency user with billing:manage, or the client's
 * own user with credits:manage). The purchase is recorded pending under its key before the provider is
 * asked, with that purchase as the provider's idempotency key, and credited only once the charge
 * succeeded — in the transaction that marks it succeeded, under its row lock, so a retry, a late
 * answer and the provider's webhook credit it exactly once between them.
 */
export async function purchaseCredits(
  db: Db,
  provider: PaymentProvider,
  logger: Logger,
  actor: Actor | undefined,
  request: PurchaseRequest,
  deadline?: Date,
): Promise<PurchaseResult> {
  const clientId = request.clientId === '' ? null : clientIdOf(request.clientId);
  const { agencyId, userId, apiKeyId } = clientId
    ? requireClientOrAgencyPermission(actor, clientId, { agency: 'billing:manage', client: 'credits:manage' })
    : requireAgencyPermission(actor, 'billing:manage');
  const quantity = creditAmount(request.quantity, 'quantity');
  const key = idempotencyKey(request.idempotencyKey);
  const hash = requestHash({ operation: 'purchase', clientId, quantity });
  const tenant = { agencyId };

  const claimed = await inTenant(
    db,
    tenant,
    async (tx) => {
      if (clientId) await requireMovableClient(tx, clientId);
      // A client's purchases queue on its settings row here, so each one's limit check below sees
      // every purchase before it, pending ones included: together they cannot pass the limit.
      const settings = clientId ? await lockClientSpending(tx, clientId) : null;
      const currency = settings?.currency ?? DEFAULT_CURRENCY;
      const price = priceCredits(await listPriceTiers(tx), quantity, currency);
      const purchase: PurchaseRecord = {
        id: randomUUID(),
        agencyId,
        clientId,
        idempotencyKey: key,
        requestHash: hash,
        quantity,
        tierId: price.tierId,
        unitPriceMinor: price.unitPriceMinor,
        amountMinor: price.amountMinor,
        currency: price.currency,
        status: 'pending',
        declineReason: null,
        actorId: apiKeyId ?? userId,
        result: null,
      };
      const held = await claimOrHeld(tx, purchase, hash);
      if (held.answer || !held.fresh) return held;
      // Throwing rolls the new pending purchase back: nothing is written, the key stays free.
      if (!(await findPaymentMethod(tx, agencyId, clientId))) throw noCard();
      if (clientId && settings) await requireWithinSpendingLimit(tx, clientId, settings);
      return held;
    },
    LEDGER_TRANSACTION,
  );
  if (claimed.answer) return claimed.answer;
  const { purchase } = claimed;

  const charge = chargePaymentMethod(db, provider, {
    agencyId,
    clientId,
    amount: purchase.amountMinor,
    currency: purchase.currency,
    idempotencyKey: chargeKeyOf(purchase.id),
    reference: purchase.id,
  });
  const budget = deadline ? deadline.getTime() - Date.now() - ANSWER_MARGIN_MS : undefined;
  const result = await withinBudget(charge, budget);
  if (result === 'late') {
    // The caller is told to retry; the charge may still succeed, and then it is credited here.
    void charge
      .then((late) => settle(db, purchase, late))
      .catch((error: unknown) =>
        logger.warn({ err: error, purchaseId: purchase.id }, 'a late charge answer could not be settled'),
      );
    throw new DomainError(
      PAYMENT_ERRORS.payment_provider_unavailable,
      'Try again with the same Idempotency-Key.',
    );
  }
  return settle(db, purchase, result);
}

/** The new pending purchase, or the one already holding the key (with its answer when it has one). */
async function claimOrHeld(
  tx: Tx,
  purchase: PurchaseRecord,
  hash: string,
): Promise<{ purchase: PurchaseRecord; fresh: boolean; answer?: PurchaseResult }> {
  const claim = await claimPurchase(tx, purchase);
  if (claim.claimed) return { purchase, fresh: true };
  const answer = answerOf(claim.held, hash);
  return answer ? { purchase: claim.held, fresh: false, answer } : { purchase: claim.held, fresh: false };
}

async function withinBudget(
  charge: Promise<ChargeResult>,
  budgetMs: number | undefined,
): Promise<ChargeResult | 'late'> {
  if (budgetMs === undefined) return charge;
  if (budgetMs <= 0) return 'late';
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    return await Promise.race([charge, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks the provider again for a pending purchase's charge, under the same key and reference (the
 * provider answers the charge it made, never a second one), and settles the answer: the reconciler's
 * way to finish a purchase whose answer was lost and that no retry or webhook finished.
 */
export async function resumePurchase(
  db: Db,
  provider: PaymentProvider,
  purchase: PurchaseRecord,
): Promise<PurchaseResult> {
  const result = await chargePaymentMethod(db, provider, {
    agencyId: purchase.agencyId,
    clientId: purchase.clientId,
    amount: purchase.amountMinor,
    currency: purchase.currency,
    idempotencyKey: chargeKeyOf(purchase.id),
    reference: purchase.id,
  });
  return settle(db, purchase, result);
}

/** Applies the provider's answer to the pending purchase: credit it, or record why not. */
async function settle(db: Db, purchase: PurchaseRecord, result: ChargeResult): Promise<PurchaseResult> {
  const tenant = { agencyId: purchase.agencyId };
  switch (result.outcome) {
    case 'succeeded':
      return creditPurchase(db, purchase.agencyId, purchase.id, result.paymentId);
    case 'unavailable':
      throw new DomainError(
        PAYMENT_ERRORS.payment_provider_unavailable,
        'Try again with the same Idempotency-Key.',
      );
    case 'declined':
      if (result.reason === 'no_payment_method') {
        // The card went between the check and the charge: nothing was charged, the key is free again.
        await inTenant(db, tenant, (tx) => deletePendingPurchase(tx, purchase.id));
        throw noCard();
      }
      await inTenant(db, tenant, (tx) =>
        markPurchaseDeclined(tx, purchase.id, {
          reason: result.reason,
          providerPaymentId: result.paymentId ?? null,
        }),
      );
      throw declined(result.reason);
    case 'requires_authentication':
      await inTenant(db, tenant, (tx) =>
        markPurchaseDeclined(tx, purchase.id, {
          reason: 'authentication_required',
          providerPaymentId: result.paymentId ?? null,
        }),
      );
      throw new DomainError(
        PAYMENT_ERRORS.payment_authentication_required,
        'The card holder must authenticate this charge; nothing was charged or credited.',
      );
  }
}
