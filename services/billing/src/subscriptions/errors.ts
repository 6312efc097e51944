import { defineErrors } from '@atrium/errors';

/** The error codes of plans and subscriptions, beside billing's others; a code never changes. */
export const SUBSCRIPTION_ERRORS = defineErrors({
  plan_client_limit_below_usage: {
    category: 'conflict',
    title: 'The plan allows fewer clients than the agency has.',
  },
  payment_declined: { category: 'unprocessable', title: 'The payment was declined.' },
});
