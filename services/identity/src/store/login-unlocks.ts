import type { Tx } from './db';

export async function createLoginUnlock(
  tx: Tx,
  data: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await tx.loginUnlock.create({ data });
}

/** Deletes the person's unlock links that were not used: only the newest works. */
export async function deleteUnusedLoginUnlocks(tx: Tx, userId: string): Promise<void> {
  await tx.loginUnlock.deleteMany({ where: { userId, usedAt: null } });
}

/**
 * Spends the unlock token when it is unused and unexpired, answering whose it was; null otherwise.
 * One conditional UPDATE, so of two concurrent uses only one spends it.
 */
export async function spendLoginUnlock(tx: Tx, tokenHash: string): Promise<string | null> {
  const rows = await tx.$queryRawUnsafe<{ user_id: string }[]>(
    `UPDATE login_unlocks SET used_at = clock_timestamp()
     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > clock_timestamp()
     RETURNING user_id::text`,
    tokenHash,
  );
  return rows[0]?.user_id ?? null;
}
