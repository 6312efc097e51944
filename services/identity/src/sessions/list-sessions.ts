import type { Actor } from '@atrium/logger';
import { requirePerson } from '../accounts/require-person';
import { listOpenSessions } from '../store/sessions';
import type { Db } from '../store/transaction';

export interface SessionView {
  id: string;
  userAgent: string;
  ip: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The caller's open sessions (signed-in devices), newest first. */
export async function listSessions(db: Db, actorOrNone: Actor | undefined): Promise<SessionView[]> {
  const actor = requirePerson(actorOrNone);
  const sessions = await listOpenSessions(db, actor.userId);
  return sessions.map((session) => ({
    id: session.id,
    userAgent: session.userAgent,
    ip: session.ip,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
    current: session.id === actor.sessionId,
  }));
}
