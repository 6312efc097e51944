import { defineErrors } from '@atrium/errors';

/**
 * Billing's own error codes, beside the generic ones of libs/errors. Callers match on `code`, so a
 * code never changes; the gateway answers each with its category's HTTP status and this title.
 */
export const BILLING_ERRORS = defineErrors({
  insufficient_credits: { category: 'conflict', title: 'There are not enough credits.' },
  idempotency_key_reused: {
    category: 'unprocessable',
    title: 'The idempotency key was already used with another request.',
  },
  client_deleted: { category: 'gone', title: 'The client has been deleted.' },
  reservation_closed: { category: 'conflict', title: 'The reservation is already closed.' },
  spending_limit_reached: {
    category: 'payment_required',
    title: "The charge would pass the client's spending limit for this month.",
  },
});
