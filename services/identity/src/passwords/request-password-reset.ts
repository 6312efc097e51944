import { normaliseEmail } from '../domain/credentials';
import { queuePasswordResetRequest } from '../store/password-reset-requests';
import type { Db } from '../store/transaction';

/** Reset links work for one hour (docs/product.md "Identity and security"). */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

/**
 * Queues the request for the reset worker (password-reset-worker.ts), which mails a link when the
 * email has an identity. The request itself does one insert whatever the email, so neither its
 * answer nor its duration tells whether the email is registered.
 */
export async function requestPasswordReset(
  db: Db,
  worker: { wake(): void },
  input: { email: string },
): Promise<void> {
  await queuePasswordResetRequest(db, normaliseEmail(input.email));
  worker.wake();
}
