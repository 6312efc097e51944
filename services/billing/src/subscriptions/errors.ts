import { defineErrors } from '@atrium/errors';

/**
 * The error codes of plans and subscriptions, beside billing's others (payments/errors.ts, whose
 * payment_declined an upgrade's refused charge answers); a code never changes.
 */
export const SUBSCRIPTION_ERRORS = defineErrors({
  plan_client_limit_below_usage: {
    category: 'conflict',
    title: 'The plan allows fewer clients than the agency has.',
  },
});
