import type { Db, Tx } from './db';

export async function createPasswordReset(
  tx: Tx,
  data: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await tx.passwordReset.create({ data });
}

/** The reset with this token hash, used, expired or not; null when there is none. */
export function findPasswordReset(db: Db, tokenHash: string) {
  return db.passwordReset.findUnique({ where: { tokenHash } });
}

/**
 * Spends the reset token when it is unused and unexpired; false otherwise. The conditional update is
 * the single point of truth: of two concurrent uses only one spends it.
 */
export async function spendPasswordReset(tx: Tx, tokenHash: string): Promise<boolean> {
  const spent = await tx.passwordReset.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return spent.count > 0;
}

/** Deletes the person's reset links that were not used: they must no longer work. */
export async function deleteUnusedPasswordResets(tx: Tx, userId: string): Promise<void> {
  await tx.passwordReset.deleteMany({ where: { userId, usedAt: null } });
}
