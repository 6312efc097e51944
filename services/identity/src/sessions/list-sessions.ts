import type { Actor } from '@atrium/logger';
import { requirePerson } from '../accounts/require-person';
import type { Db } from '../store/db';

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
  const sessions = await db.session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
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
