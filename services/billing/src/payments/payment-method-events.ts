import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import type { PaymentMethodRecord } from '../store/payment-methods';
import type { Tx } from '../store/transaction';

/** The subject of a card's events: its owner. */
function subjectOf(card: { agencyId: string; clientId: string | null }): string {
  return card.clientId
    ? `agencies/${card.agencyId}/clients/${card.clientId}/payment-method`
    : `agencies/${card.agencyId}/payment-method`;
}

function ownerOf(card: PaymentMethodRecord) {
  return { agencyId: card.agencyId, clientId: card.clientId ?? '', paymentMethodId: card.id };
}

function summaryOf(card: PaymentMethodRecord) {
  return { brand: card.brand, last4: card.last4 };
}

export async function paymentMethodUpdated(
  tx: Tx,
  card: PaymentMethodRecord,
  updatedBy: string,
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.payment_method.updated',
      subject: subjectOf(card),
      data: {
        ...ownerOf(card),
        ...summaryOf(card),
        expMonth: card.expMonth,
        expYear: card.expYear,
        updatedBy,
      },
    },
    EVENT_SOURCE,
  );
}

export async function paymentMethodRemoved(
  tx: Tx,
  card: PaymentMethodRecord,
  removedBy: string,
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.payment_method.removed',
      subject: subjectOf(card),
      data: { ...ownerOf(card), removedBy },
    },
    EVENT_SOURCE,
  );
}

export async function paymentMethodDeclined(
  tx: Tx,
  card: PaymentMethodRecord,
  charge: { reason: string; amount: number; currency: string },
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.payment_method.declined',
      subject: subjectOf(card),
      data: {
        ...ownerOf(card),
        ...summaryOf(card),
        reason: charge.reason,
        amount: charge.amount,
        currency: charge.currency.toUpperCase(),
        savedBy: card.savedBy,
      },
    },
    EVENT_SOURCE,
  );
}

export async function paymentMethodExpiring(
  tx: Tx,
  card: PaymentMethodRecord,
  reason: 'expiring' | 'expired',
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.billing.v1.payment_method.expiring',
      subject: subjectOf(card),
      data: {
        ...ownerOf(card),
        ...summaryOf(card),
        expMonth: card.expMonth,
        expYear: card.expYear,
        reason,
        savedBy: card.savedBy,
      },
    },
    EVENT_SOURCE,
  );
}
