import Stripe from 'stripe';
import type {
  CardSummary,
  ChargeResult,
  PaymentProvider,
  RefundResult,
  SaveCardResult,
  WebhookCheck,
  WebhookEvent,
} from './port';

export interface StripeSettings {
  secretKey: string;
  /** Empty: every webhook is refused, as none can be verified. */
  webhookSecret: string;
  /** Where the API answers; https://api.stripe.com unless pointed elsewhere (tests, a proxy). */
  apiUrl?: string;
  timeoutMs?: number;
}

/** Stripe's tolerance for a signature's timestamp, and ours: a replay older than this is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The PaymentIntent metadata key that carries a charge's reference (a purchase id). */
export const REFERENCE_METADATA = 'atrium_reference';

/**
 * The Stripe adapter (docs/billing.md): SetupIntents save a card for off-session use, PaymentIntents
 * confirmed off-session charge it, refunds give money back, and webhooks are verified on their raw
 * bytes with the package's own check.
 */
export function stripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = new Stripe(settings.secretKey, {
    ...hostOf(settings.apiUrl),
    // Retries resend the same idempotency key, so a charge is never made twice.
    maxNetworkRetries: 2,
    timeout: settings.timeoutMs ?? 20_000,
  });
  return {
    name: 'stripe',
    async saveCard({ token, customer, description }): Promise<SaveCardResult> {
      try {
        const customerId = customer ?? (await stripe.customers.create({ description })).id;
        const intent = await stripe.setupIntents.create({
          customer: customerId,
          payment_method: token,
          allowed_payment_method_types: ['card'],
          usage: 'off_session',
          confirm: true,
        });
        if (intent.status === 'requires_action') return { outcome: 'requires_authentication' };
        const paymentMethodId = idOf(intent.payment_method);
        if (intent.status !== 'succeeded' || !paymentMethodId)
          return { outcome: 'invalid_token', message: `The card could not be saved (${intent.status}).` };
        const method = await stripe.paymentMethods.retrieve(paymentMethodId);
        const card = cardOf(method);
        if (!card) return { outcome: 'invalid_token', message: 'The token does not name a card.' };
        return { outcome: 'saved', customer: customerId, paymentMethod: method.id, ...card };
      } catch (error) {
        if (
          error instanceof Stripe.errors.StripeCardError ||
          error instanceof Stripe.errors.StripeInvalidRequestError
        )
          return { outcome: 'invalid_token', message: error.message };
        return { outcome: 'unavailable', message: messageOf(error) };
      }
    },
    async removeCard(paymentMethod) {
      try {
        await stripe.paymentMethods.detach(paymentMethod);
      } catch (error) {
        // Detached already, or never attached: either way it is no longer ours.
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
    async charge(request): Promise<ChargeResult> {
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: request.amount,
            currency: request.currency.toLowerCase(),
            customer: request.customer,
            payment_method: request.paymentMethod,
            confirm: true,
            off_session: true,
            ...(request.reference && { metadata: { [REFERENCE_METADATA]: request.reference } }),
          },
          { idempotencyKey: request.idempotencyKey },
        );
        if (intent.status === 'succeeded' || intent.status === 'processing')
          return { outcome: 'succeeded', paymentId: intent.id };
        if (intent.status === 'requires_action')
          return { outcome: 'requires_authentication', paymentId: intent.id };
        return { outcome: 'declined', reason: intent.status, paymentId: intent.id };
      } catch (error) {
        if (error instanceof Stripe.errors.StripeCardError) {
          const paymentId = error.payment_intent?.id;
          if (error.code === 'authentication_required')
            return { outcome: 'requires_authentication', ...(paymentId && { paymentId }) };
          return {
            outcome: 'declined',
            reason: error.decline_code || error.code || 'card_declined',
            ...(paymentId && { paymentId }),
          };
        }
        return { outcome: 'unavailable', message: messageOf(error) };
      }
    },
    async refund({ paymentId, amount, idempotencyKey }): Promise<RefundResult> {
      try {
        const refund = await stripe.refunds.create(
          { payment_intent: paymentId, ...(amount !== undefined && { amount }) },
          { idempotencyKey },
        );
        if (refund.status === 'failed' || refund.status === 'canceled')
          return { outcome: 'failed', reason: refund.failure_reason ?? refund.status };
        return { outcome: 'refunded', refundId: refund.id };
      } catch (error) {
        if (error instanceof Stripe.errors.StripeInvalidRequestError)
          return { outcome: 'failed', reason: error.code ?? error.message };
        return { outcome: 'unavailable', message: messageOf(error) };
      }
    },
    webhookProvider: 'stripe',
    verifyWebhook: (payload, signature) => verifyStripeWebhook(payload, signature, settings.webhookSecret),
  };
}

/**
 * A Stripe webhook checked with the package's own verification (the signature over the raw bytes, and
 * its timestamp within WEBHOOK_TOLERANCE_SECONDS), read into what billing acts on. No secret: refused.
 */
export function verifyStripeWebhook(payload: Buffer, signature: string, webhookSecret: string): WebhookCheck {
  if (!webhookSecret) return { valid: false, reason: 'No webhook secret is configured.' };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature, webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    return { valid: false, reason: messageOf(error) };
  }
  return { valid: true, event: webhookEventOf(event) };
}

function hostOf(
  apiUrl: string | undefined,
): Partial<Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'>> {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, protocol, port: url.port || (protocol === 'http' ? 80 : 443) };
}

function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value : value.id;
}

function cardOf(method: Stripe.PaymentMethod): CardSummary | undefined {
  const card = method.card;
  if (!card) return undefined;
  return { brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The few webhook types billing acts on; every other is acknowledged and ignored. */
function webhookEventOf(event: Stripe.Event): WebhookEvent {
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const intent = event.data.object;
      return {
        id: event.id,
        type: 'payment_succeeded',
        paymentId: intent.id,
        paymentMethod: idOf(intent.payment_method) ?? '',
        ...(intent.metadata?.[REFERENCE_METADATA] && { reference: intent.metadata[REFERENCE_METADATA] }),
      };
    }
    case 'payment_intent.payment_failed': {
      const intent = event.data.object;
      const failure = intent.last_payment_error;
      return {
        id: event.id,
        type: 'payment_failed',
        paymentId: intent.id,
        paymentMethod: idOf(intent.payment_method) ?? idOf(failure?.payment_method) ?? '',
        reason: failure?.decline_code || failure?.code || 'card_declined',
        amount: intent.amount,
        currency: intent.currency,
      };
    }
    case 'payment_method.updated':
    case 'payment_method.automatically_updated': {
      const card = cardOf(event.data.object);
      if (!card) return { id: event.id, type: 'ignored', providerType: event.type };
      return { id: event.id, type: 'card_updated', paymentMethod: event.data.object.id, card };
    }
    default:
      return { id: event.id, type: 'ignored', providerType: event.type };
  }
}
