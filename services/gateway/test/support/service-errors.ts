import { defineErrors } from '@atrium/errors';

/**
 * The codes the stubbed identity and tenancy answer with, declared as those services declare theirs
 * (their src/domain/errors.ts), since no test imports another service's source.
 */
export const SERVICE_ERRORS = defineErrors({
  invalid_credentials: { category: 'unauthenticated', title: 'The email or password is not correct.' },
  email_in_use: { category: 'already_exists', title: 'The email address is already in use.' },
  account_locked: {
    category: 'too_many_requests',
    title: 'The account is locked after too many failed attempts.',
  },
  invalid_image: {
    category: 'unprocessable',
    title: 'The image is not a JPEG or PNG, or does not match its declared type.',
  },
  invalid_token: { category: 'gone', title: 'The link is invalid, already used or expired.' },
  plan_limit_reached: { category: 'conflict', title: 'The plan does not allow any more of these.' },
  client_deleted: { category: 'gone', title: 'The client has been deleted.' },
  limits_not_allowed: { category: 'conflict', title: 'Limits cannot be set for this client.' },
});
