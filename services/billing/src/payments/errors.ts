import { defineErrors } from '@atrium/errors';

/** Billing's own error codes, beside the generic ones of libs/errors; a code never changes. */
export const BILLING_ERRORS = defineErrors({
  payment_authentication_required: {
    category: 'unprocessable',
    title: 'The card needs its holder to authenticate.',
  },
  payment_provider_unavailable: {
    category: 'unavailable',
    title: 'The payment provider is temporarily unavailable.',
  },
  invalid_signature: { category: 'invalid', title: 'The webhook signature is not valid.' },
  payment_declined: {
    category: 'payment_required',
    title: 'The card was declined; nothing was charged.',
  },
  payment_method_required: {
    category: 'payment_required',
    title: 'No payment method is saved to charge.',
  },
});
