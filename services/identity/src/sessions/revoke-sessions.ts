import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import { revokeOpenSessions, type RevocationScope } from '../store/sessions';
import type { Tx } from '../store/transaction';

export type RevocationReason =
  'logout' | 'revoked' | 'password_changed' | 'password_reset' | 'reuse_detected';

/**
 * Ends open sessions now and publishes session.revoked, from which the gateway refuses their
 * still-unexpired access tokens. Returns the ids it ended (none when they were already closed).
 */
export async function revokeSessions(
  tx: Tx,
  userId: string,
  scope: RevocationScope,
  reason: RevocationReason,
): Promise<string[]> {
  const sessionIds = await revokeOpenSessions(tx, userId, scope);
  if (sessionIds.length > 0) {
    await enqueueEvent(
      tx,
      {
        type: 'atrium.identity.v1.session.revoked',
        subject: `users/${userId}`,
        data: { userId, sessionIds, reason },
      },
      EVENT_SOURCE,
    );
  }
  return sessionIds;
}
