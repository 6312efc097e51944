import {
  findPaymentMethod,
  findPaymentMethodById,
  recordAlert,
  setPaymentMethodStatus,
  type PaymentMethodRecord,
} from '../store/payment-methods';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { paymentMethodDeclined } from './payment-method-events';
import type { ChargeResult, PaymentProvider } from './port';

/**
 * Charges the owner's saved card off-session: what purchases call (the credit ledger). The provider
 * decides; a decline marks the card declined and, once per card and reason, publishes
 * payment_method.declined so its owner is told. No card answers declined with reason
 * "no_payment_method".
 */
export async function chargePaymentMethod(
  db: Db,
  provider: PaymentProvider,
  request: {
    agencyId: string;
    clientId: string | null;
    amount: number;
    currency: string;
    idempotencyKey: string;
    reference?: string;
  },
): Promise<ChargeResult> {
  const owner = { agencyId: request.agencyId };
  const card = await inTenant(db, owner, (tx) => findPaymentMethod(tx, request.agencyId, request.clientId));
  if (!card) return { outcome: 'declined', reason: 'no_payment_method' };
  const result = await provider.charge({
    customer: card.providerCustomerId,
    paymentMethod: card.providerPaymentMethodId,
    amount: request.amount,
    currency: request.currency,
    idempotencyKey: request.idempotencyKey,
    ...(request.reference && { reference: request.reference }),
  });
  if (result.outcome === 'declined')
    await inTenant(db, owner, (tx) =>
      recordDecline(tx, card.id, {
        reason: result.reason,
        amount: request.amount,
        currency: request.currency,
      }),
    );
  return result;
}

/** Marks the card declined and tells its owner once per reason; in the caller's agency transaction. */
export async function recordDecline(
  tx: Tx,
  cardId: string,
  charge: { reason: string; amount: number; currency: string },
): Promise<PaymentMethodRecord | null> {
  // The card may have been replaced or removed meanwhile: then there is nobody to tell about it.
  const card = await findPaymentMethodById(tx, cardId);
  if (!card) return null;
  await setPaymentMethodStatus(tx, card.id, 'declined');
  if (await recordAlert(tx, card, `declined:${charge.reason}`)) await paymentMethodDeclined(tx, card, charge);
  return card;
}
