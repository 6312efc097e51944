import type { Actor } from '@atrium/logger';
import { requirePerson } from '../accounts/require-person';
import { inTransaction, type Db } from '../store/transaction';
import { revokeSessions } from './revoke-sessions';

/** Ends the session the caller's access token belongs to; already ended is fine. */
export async function logout(db: Db, actorOrNone: Actor | undefined): Promise<void> {
  const actor = requirePerson(actorOrNone);
  const sessionId = actor.sessionId;
  if (!sessionId) return;
  await inTransaction(db, (tx) => revokeSessions(tx, actor.userId, { only: sessionId }, 'logout'));
}
