import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import type { Tx } from '../store/db';

export type RevocationReason =
  'logout' | 'revoked' | 'password_changed' | 'password_reset' | 'reuse_detected';

/** Which of a person's open sessions to end: one, all but one, or all. */
export type RevocationScope = { only: string } | { allExcept: string | undefined } | 'all';

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
  const now = new Date();
  const id =
    scope === 'all' ? undefined : 'only' in scope ? scope.only : scope.allExcept && { not: scope.allExcept };
  const revoked = await tx.session.updateManyAndReturn({
    where: { userId, revokedAt: null, expiresAt: { gt: now }, ...(id ? { id } : {}) },
    data: { revokedAt: now },
    select: { id: true },
  });
  const sessionIds = revoked.map((session) => session.id);
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
