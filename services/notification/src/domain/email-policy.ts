/** How a client account pays (docs/product.md "Client accounts"). */
export type BillingMode = 'client_card' | 'agency_managed';

/**
 * Whether a client's billing contact may be sent billing email (invoices, card declined or expired).
 * An `agency_managed` client is paid for by its agency and receives no billing communication at all;
 * a `client_card` client gets it, white-labelled with the agency's branding.
 */
export function mayReceiveBillingEmail(client: { billingMode: BillingMode }): boolean {
  return client.billingMode === 'client_card';
}
