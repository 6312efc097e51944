import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import {
  deletePaymentMethod,
  findPaymentMethod,
  replacePaymentMethod,
  type PaymentMethodRecord,
} from '../store/payment-methods';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { BILLING_ERRORS } from './errors';
import { authorizeCardOwner } from './owner';
import { paymentMethodRemoved, paymentMethodUpdated } from './payment-method-events';
import type { PaymentProvider } from './port';

const NO_CARD = 'No payment method is saved.';

/**
 * Saves the card a provider token names as the owner's payment method, replacing the one before. The
 * provider call comes first and outside the transaction: a slow provider holds no connection, and a
 * card saved at the provider but not here is only an unused card there.
 */
export async function savePaymentMethod(
  db: Db,
  provider: PaymentProvider,
  actor: Actor | undefined,
  request: { clientId: string; token: string },
): Promise<PaymentMethodRecord> {
  const owner = authorizeCardOwner(actor, request.clientId);
  const userId = actor!.userId;
  const before = await inTenant(db, owner, (tx) => findPaymentMethod(tx, owner.agencyId, owner.clientId));
  const saved = await provider.saveCard({
    token: request.token,
    ...(before?.provider === provider.name && { customer: before.providerCustomerId }),
    description: owner.clientId
      ? `Atrium client ${owner.clientId} of agency ${owner.agencyId}`
      : `Atrium agency ${owner.agencyId}`,
  });
  if (saved.outcome === 'invalid_token')
    throw new DomainError('validation_failed', 'The payment provider refused the token.', {
      fields: [{ field: 'token', message: saved.message }],
    });
  if (saved.outcome === 'requires_authentication')
    throw new DomainError(
      BILLING_ERRORS.payment_authentication_required,
      'The card holder must authenticate before the card can be saved.',
    );
  if (saved.outcome === 'unavailable')
    throw new DomainError(BILLING_ERRORS.payment_provider_unavailable, 'Try again in a moment.');
  const card = await inTenant(db, owner, async (tx) => {
    const record = await replacePaymentMethod(tx, {
      agencyId: owner.agencyId,
      clientId: owner.clientId,
      provider: provider.name,
      providerCustomerId: saved.customer,
      providerPaymentMethodId: saved.paymentMethod,
      brand: saved.brand,
      last4: saved.last4,
      expMonth: saved.expMonth,
      expYear: saved.expYear,
      savedBy: userId,
    });
    await paymentMethodUpdated(tx, record, userId);
    return record;
  });
  if (before && before.providerPaymentMethodId !== saved.paymentMethod && before.provider === provider.name)
    await provider.removeCard(before.providerPaymentMethodId);
  return card;
}

export async function getPaymentMethod(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string },
): Promise<PaymentMethodRecord> {
  const owner = authorizeCardOwner(actor, request.clientId);
  const card = await inTenant(db, owner, (tx) => findPaymentMethod(tx, owner.agencyId, owner.clientId));
  if (!card) throw new DomainError('not_found', NO_CARD);
  return card;
}

/** Forgets the owner's card, then detaches it at the provider. */
export async function removePaymentMethod(
  db: Db,
  provider: PaymentProvider,
  actor: Actor | undefined,
  request: { clientId: string },
): Promise<void> {
  const owner = authorizeCardOwner(actor, request.clientId);
  const removed = await inTenant(db, owner, async (tx) => {
    const card = await findPaymentMethod(tx, owner.agencyId, owner.clientId);
    if (!card || !(await deletePaymentMethod(tx, owner.agencyId, owner.clientId))) return null;
    await paymentMethodRemoved(tx, card, actor!.userId);
    return card;
  });
  if (!removed) throw new DomainError('not_found', NO_CARD);
  if (removed.provider === provider.name) await provider.removeCard(removed.providerPaymentMethodId);
}
