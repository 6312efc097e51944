import { defineErrors } from '@atrium/errors';

/**
 * Identity's own error codes, beside the generic ones of libs/errors. Callers match on `code`, so a
 * code never changes; the gateway answers each with its category's HTTP status and this title.
 */
export const IDENTITY_ERRORS = defineErrors({
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
});
