import { randomBytes } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import { createPasswordReset, deleteUnusedPasswordResets } from '../store/password-resets';
import type { Tx } from '../store/transaction';
import { findUserByEmail } from '../store/users';
import { hashToken } from '../tokens/session-tokens';
import { PASSWORD_RESET_TTL_MS } from './request-password-reset';

/**
 * Issues a single-use reset token when the email has an identity and publishes it for the
 * notification service to mail; only its hash is kept. Does nothing for unknown emails. A new
 * request kills the person's older unused links.
 */
export async function issuePasswordReset(tx: Tx, email: string): Promise<void> {
  const user = await findUserByEmail(tx, email);
  if (!user) return;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MS);
  await deleteUnusedPasswordResets(tx, user.id);
  await createPasswordReset(tx, { tokenHash: hashToken(token), userId: user.id, expiresAt });
  await enqueueEvent(
    tx,
    {
      type: 'atrium.identity.v1.password_reset.requested',
      subject: `users/${user.id}`,
      data: {
        userId: user.id,
        email: user.email,
        name: user.name,
        agencyId: user.defaultAgencyId ?? '',
        token,
        expiresAt: expiresAt.toISOString(),
      },
    },
    EVENT_SOURCE,
  );
}
