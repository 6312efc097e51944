import { defineErrors } from '@atrium/errors';

/** The gateway's own error codes, beside the generic ones and those the services answer with. */
export const GATEWAY_ERRORS = defineErrors({
  token_expired: { category: 'unauthenticated', title: 'The token has expired.' },
  idempotency_key_reused: {
    category: 'unprocessable',
    title: 'The idempotency key was already used with another request.',
  },
});
