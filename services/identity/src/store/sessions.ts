import type { Db, Tx } from './db';

/** Which of a person's open sessions to end: one, all but one, or all. */
export type RevocationScope = { only: string } | { allExcept: string | undefined } | 'all';

export function createSession(
  tx: Tx,
  data: {
    id: string;
    userId: string;
    agencyId: string | null;
    expiresAt: Date;
    userAgent: string;
    ip: string;
  },
) {
  return tx.session.create({ data });
}

/** The person's sessions that are neither revoked nor expired, newest first. */
export function listOpenSessions(db: Db, userId: string) {
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

/** The session when it is the person's, in that agency, and still open; null otherwise. */
export function findOpenSession(db: Db, session: { id: string; userId: string; agencyId: string }) {
  return db.session.findFirst({
    where: {
      id: session.id,
      userId: session.userId,
      agencyId: session.agencyId,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
  });
}

/** The session with the email and name of its person; throws when there is none. */
export function findSessionWithPerson(tx: Tx, sessionId: string) {
  return tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    include: { user: { select: { email: true, name: true } } },
  });
}

/** Marks the person's open sessions in scope revoked now; answers the ids it revoked. */
export async function revokeOpenSessions(tx: Tx, userId: string, scope: RevocationScope): Promise<string[]> {
  const now = new Date();
  const id =
    scope === 'all' ? undefined : 'only' in scope ? scope.only : scope.allExcept && { not: scope.allExcept };
  const revoked = await tx.session.updateManyAndReturn({
    where: { userId, revokedAt: null, expiresAt: { gt: now }, ...(id ? { id } : {}) },
    data: { revokedAt: now },
    select: { id: true },
  });
  return revoked.map((session) => session.id);
}

/** A session renewed by a refresh: used now, lasting until `expiresAt`, from where it was used. */
export async function renewSession(
  tx: Tx,
  sessionId: string,
  renewal: { expiresAt: Date; userAgent: string; ip: string },
): Promise<void> {
  await tx.session.update({
    where: { id: sessionId },
    data: { lastUsedAt: new Date(), ...renewal },
  });
}

export async function createRefreshToken(
  tx: Tx,
  data: { tokenHash: string; sessionId: string; expiresAt: Date },
): Promise<void> {
  await tx.refreshToken.create({ data });
}

/** The refresh token with this hash, with its session; null when there is none. */
export function findRefreshToken(db: Db, tokenHash: string) {
  return db.refreshToken.findUnique({ where: { tokenHash }, include: { session: true } });
}

/**
 * Spends the refresh token unless it is spent already; false when it was. Conditional, so of two
 * concurrent refreshes with one token only one spends it.
 */
export async function spendRefreshToken(tx: Tx, tokenHash: string): Promise<boolean> {
  const spent = await tx.refreshToken.updateMany({
    where: { tokenHash, usedAt: null },
    data: { usedAt: new Date() },
  });
  return spent.count > 0;
}

/** Deletes the session's refresh tokens past their expiry, spent or not. */
export async function deleteExpiredRefreshTokens(tx: Tx, sessionId: string): Promise<void> {
  await tx.refreshToken.deleteMany({ where: { sessionId, expiresAt: { lt: new Date() } } });
}
