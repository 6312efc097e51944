import { randomBytes } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import { createLoginUnlock, deleteUnusedLoginUnlocks } from '../store/login-unlocks';
import { inTransaction, type Db } from '../store/transaction';
import type { UserRow } from '../store/users';
import { hashToken } from '../tokens/session-tokens';

/**
 * The per-email ceiling has just locked this person's email: issues a single-use unlock link that
 * works until the lock ends (only its hash is kept, and it replaces older unused ones) and publishes
 * login.locked for the notification service to mail it.
 */
export async function mailUnlockLink(db: Db, user: UserRow, lockedUntil: Date): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await inTransaction(db, async (tx) => {
    await deleteUnusedLoginUnlocks(tx, user.id);
    await createLoginUnlock(tx, { tokenHash: hashToken(token), userId: user.id, expiresAt: lockedUntil });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.identity.v1.login.locked',
        subject: `users/${user.id}`,
        data: {
          userId: user.id,
          email: user.email,
          name: user.name,
          agencyId: user.defaultAgencyId ?? '',
          token,
          expiresAt: lockedUntil.toISOString(),
        },
      },
      EVENT_SOURCE,
    );
  });
}
