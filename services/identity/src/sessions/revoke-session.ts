import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requirePerson } from '../accounts/require-person';
import { isUuid } from '../domain/ids';
import { inTransaction, type Db } from '../store/transaction';
import { revokeSessions } from './revoke-sessions';

/** Ends one of the caller's open sessions; another person's, or one already ended, is not_found. */
export async function revokeSession(
  db: Db,
  actorOrNone: Actor | undefined,
  sessionId: string,
): Promise<void> {
  const actor = requirePerson(actorOrNone);
  const revoked = isUuid(sessionId)
    ? await inTransaction(db, (tx) => revokeSessions(tx, actor.userId, { only: sessionId }, 'revoked'))
    : [];
  if (revoked.length === 0) throw new DomainError('not_found', 'No such session.');
}
