import { DomainError } from '@atrium/errors';
import type { Logger } from '@atrium/logger';
import {
  agencyOfProviderPaymentMethod,
  findPaymentMethodByProviderId,
  recordWebhookEvent,
  setPaymentMethodStatus,
  updateCardDetails,
} from '../store/payment-methods';
import { inTransactionWithoutTenant, switchAgency } from '../store/tenant';
import type { Db } from '../store/transaction';
import { settlePurchaseFromWebhook } from '../credits/credit-purchase';
import { recordDecline } from './charge-payment-method';
import { BILLING_ERRORS } from './errors';
import { paymentMethodUpdated } from './payment-method-events';
import type { PaymentProvider } from './port';

/**
 * A provider webhook, verified on its raw bytes, applied once: its event id is recorded in the
 * transaction that applies it, so a replay (or the provider's own retry) changes nothing. Answers
 * whether it was applied now.
 */
export async function handleProviderWebhook(
  db: Db,
  provider: PaymentProvider,
  logger: Logger,
  request: { provider: string; payload: Buffer; signature: string },
): Promise<boolean> {
  if (request.provider !== provider.webhookProvider)
    throw new DomainError(
      BILLING_ERRORS.invalid_signature,
      `Billing does not use ${request.provider || 'that provider'}.`,
    );
  const check = provider.verifyWebhook(request.payload, request.signature);
  if (!check.valid) throw new DomainError(BILLING_ERRORS.invalid_signature, check.reason);
  const { event } = check;
  return inTransactionWithoutTenant(db, async (tx) => {
    if (!(await recordWebhookEvent(tx, provider.name, event.id, event.type))) return false;
    if (event.type === 'ignored') return true;
    if (event.type === 'payment_succeeded' && event.reference)
      await settlePurchaseFromWebhook(tx, logger, event.reference, event.paymentId);
    const agencyId = await agencyOfProviderPaymentMethod(tx, event.paymentMethod);
    if (!agencyId) {
      logger.info(
        { webhookEventId: event.id, type: event.type },
        'webhook about a card billing does not keep',
      );
      return true;
    }
    await switchAgency(tx, agencyId);
    const card = await findPaymentMethodByProviderId(tx, event.paymentMethod);
    if (!card) return true;
    if (event.type === 'payment_succeeded') {
      if (card.status === 'declined') await setPaymentMethodStatus(tx, card.id, 'active');
    } else if (event.type === 'payment_failed') {
      await recordDecline(tx, card.id, {
        reason: event.reason,
        amount: event.amount,
        currency: event.currency,
      });
    } else {
      await updateCardDetails(tx, card.id, event.card);
      await paymentMethodUpdated(tx, { ...card, ...event.card }, '');
    }
    return true;
  });
}
