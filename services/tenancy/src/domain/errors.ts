import { defineErrors } from '@atrium/errors';

/**
 * Tenancy's own error codes, beside the generic ones of libs/errors. Callers match on `code`, so a
 * code never changes; the gateway answers each with its category's HTTP status and this title.
 */
export const TENANCY_ERRORS = defineErrors({
  email_in_use: { category: 'already_exists', title: 'The email address is already in use.' },
  plan_limit_reached: { category: 'conflict', title: 'The plan does not allow any more of these.' },
  primary_exists: { category: 'already_exists', title: 'There is already a primary contact.' },
  client_active: { category: 'conflict', title: 'The client is still active.' },
  client_inactive: { category: 'conflict', title: 'The client is inactive.' },
  client_deleted: { category: 'gone', title: 'The client has been deleted.' },
  role_in_use: { category: 'conflict', title: 'The role is still held by members.' },
  confirmation_mismatch: { category: 'unprocessable', title: 'The confirmation does not match.' },
  limits_not_allowed: { category: 'conflict', title: 'Limits cannot be set for this client.' },
});
