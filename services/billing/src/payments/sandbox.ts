import { createHash } from 'node:crypto';
import type { CardSummary, ChargeResult, PaymentProvider, SaveCardResult, WebhookCheck } from './port';
import { verifyStripeWebhook } from './stripe';

/**
 * The provider's test mode without the network, for development and tests (PAYMENT_PROVIDER=sandbox;
 * refused in production by config.ts). Its decisions come from the test token, exactly the ones the
 * provider documents, so the same tokens behave the same against Stripe's test mode.
 */
interface TestCard {
  card: Omit<CardSummary, 'expYear'>;
  /** How every charge of the card ends. */
  charge:
    | { outcome: 'succeeded' }
    | { outcome: 'declined'; reason: string }
    | { outcome: 'requires_authentication' };
}

const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { card: { brand: 'visa', last4: '4242', expMonth: 12 }, charge: { outcome: 'succeeded' } },
  pm_card_mastercard: {
    card: { brand: 'mastercard', last4: '4444', expMonth: 12 },
    charge: { outcome: 'succeeded' },
  },
  pm_card_chargeDeclined: {
    card: { brand: 'visa', last4: '0002', expMonth: 12 },
    charge: { outcome: 'declined', reason: 'card_declined' },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    card: { brand: 'visa', last4: '9995', expMonth: 12 },
    charge: { outcome: 'declined', reason: 'insufficient_funds' },
  },
  pm_card_chargeDeclinedExpiredCard: {
    card: { brand: 'visa', last4: '0069', expMonth: 12 },
    charge: { outcome: 'declined', reason: 'expired_card' },
  },
  pm_card_authenticationRequired: {
    card: { brand: 'visa', last4: '3184', expMonth: 12 },
    charge: { outcome: 'requires_authentication' },
  },
};

/** A saved sandbox card's id names its test token, so charges decide by the token as the provider does. */
const SAVED = /^pm_sandbox_([A-Za-z]+(?:_[A-Za-z]+)*)_[0-9a-f]{12}$/;

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}

/**
 * `webhookSecret`: Stripe's test mode sends webhooks too, so given the secret the sandbox verifies
 * Stripe-signed events exactly as the Stripe adapter does (tests sign them with the stripe package);
 * without one every webhook is refused.
 */
export function sandboxProvider(options: { now?: () => Date; webhookSecret?: string } = {}): PaymentProvider {
  const now = options.now ?? (() => new Date());
  return {
    name: 'sandbox',
    webhookProvider: 'stripe',
    async saveCard({ token, customer }): Promise<SaveCardResult> {
      const test = TEST_CARDS[token];
      if (!test) return { outcome: 'invalid_token', message: 'No such test card token.' };
      const customerId =
        customer ?? `cus_sandbox_${shortHash(`${token}:${now().getTime()}:${Math.random()}`)}`;
      return {
        outcome: 'saved',
        customer: customerId,
        paymentMethod: `pm_sandbox_${token}_${shortHash(`${customerId}:${now().getTime()}:${Math.random()}`)}`,
        ...test.card,
        // The provider's test cards expire in a future year.
        expYear: now().getUTCFullYear() + 3,
      };
    },
    async removeCard() {},
    async charge(request): Promise<ChargeResult> {
      const token = SAVED.exec(request.paymentMethod)?.[1];
      const test = token ? TEST_CARDS[token] : undefined;
      if (!test) return { outcome: 'declined', reason: 'payment_method_unknown' };
      const paymentId = `pi_sandbox_${shortHash(request.idempotencyKey)}`;
      return { ...test.charge, paymentId };
    },
    async refund({ paymentId }) {
      return { outcome: 'refunded', refundId: `re_sandbox_${shortHash(paymentId)}` };
    },
    verifyWebhook: (payload, signature): WebhookCheck =>
      verifyStripeWebhook(payload, signature, options.webhookSecret ?? ''),
  };
}
