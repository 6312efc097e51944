/**
 * What billing needs of a payment provider (docs/billing.md "Payment methods and providers"). Card
 * numbers never reach Atrium: the provider tokenises the card in the customer's browser and billing
 * sees only the token, the provider's ids and what may be shown of the card.
 */

/** What may be shown of a card. */
export interface CardSummary {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** A card saved at the provider for off-session charges. */
export interface SavedCard extends CardSummary {
  customer: string;
  paymentMethod: string;
}

export type SaveCardResult =
  | ({ outcome: 'saved' } & SavedCard)
  /** The provider does not know the token, or refuses the card. */
  | { outcome: 'invalid_token'; message: string }
  /** The card needs the customer to authenticate (3-D Secure) before it can be saved. */
  | { outcome: 'requires_authentication' }
  | { outcome: 'unavailable'; message: string };

export interface ChargeRequest {
  customer: string;
  paymentMethod: string;
  /** Minor units. */
  amount: number;
  /** ISO 4217, lower or upper case. */
  currency: string;
  /** The same key charges once, however often it is sent (the provider keeps it). */
  idempotencyKey: string;
  /**
   * What the charge is for (a purchase's id), kept by the provider with the payment (Stripe metadata)
   * and named again by its webhooks, so a charge whose answer was lost can still be settled.
   */
  reference?: string;
}

export type ChargeResult =
  | { outcome: 'succeeded'; paymentId: string }
  /** `reason`: the provider's decline code, e.g. card_declined, insufficient_funds, expired_card. */
  | { outcome: 'declined'; reason: string; paymentId?: string }
  | { outcome: 'requires_authentication'; paymentId?: string }
  | { outcome: 'unavailable'; message: string };

export type RefundResult =
  | { outcome: 'refunded'; refundId: string }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'unavailable'; message: string };

/** A verified provider webhook, reduced to what billing acts on. */
export type WebhookEvent =
  | {
      id: string;
      type: 'payment_succeeded';
      paymentId: string;
      paymentMethod: string;
      /** The charge's reference (ChargeRequest.reference), when it had one. */
      reference?: string;
    }
  | {
      id: string;
      type: 'payment_failed';
      paymentId: string;
      paymentMethod: string;
      reason: string;
      amount: number;
      currency: string;
    }
  | { id: string; type: 'card_updated'; paymentMethod: string; card: CardSummary }
  | { id: string; type: 'ignored'; providerType: string };

export type WebhookCheck = { valid: true; event: WebhookEvent } | { valid: false; reason: string };

export interface PaymentProvider {
  /** "sandbox" or "stripe", as payment_methods.provider records it. */
  readonly name: 'sandbox' | 'stripe';
  /** Saves the card `token` names for off-session charges, for `customer` or a new one. */
  saveCard(input: { token: string; customer?: string; description: string }): Promise<SaveCardResult>;
  /** Detaches a saved card; one the provider no longer knows is gone already. */
  removeCard(paymentMethod: string): Promise<void>;
  /** Charges a saved card with the customer absent (off-session). */
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(input: { paymentId: string; amount?: number; idempotencyKey: string }): Promise<RefundResult>;
  /** Whose webhook route it verifies: the sandbox plays Stripe's test mode, so Stripe's too. */
  readonly webhookProvider: 'stripe';
  /** Verifies a webhook's signature over its raw bytes and reads it. */
  verifyWebhook(payload: Buffer, signature: string): WebhookCheck;
}
