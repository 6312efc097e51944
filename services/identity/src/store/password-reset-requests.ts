import { randomUUID } from 'node:crypto';
import type { Db, Tx } from './db';

/** Queues a reset request for the worker: the same single insert whether or not the email is known. */
export async function queuePasswordResetRequest(db: Db, email: string): Promise<void> {
  await db.passwordResetRequest.create({ data: { id: randomUUID(), email } });
}

/**
 * Takes up to `limit` of the oldest queued requests off the queue inside the caller's transaction;
 * rows another replica holds are skipped, and a rollback puts the taken ones back.
 */
export async function takePasswordResetRequests(tx: Tx, limit: number): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ email: string }[]>(
    `DELETE FROM password_reset_requests WHERE id IN (
       SELECT id FROM password_reset_requests ORDER BY requested_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING email`,
    limit,
  );
  return rows.map((row) => row.email);
}
