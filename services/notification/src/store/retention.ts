import type { Db } from './db';

/*
 * Each call deletes one batch, oldest first, in its own short statement. SKIP LOCKED leaves rows
 * another replica is deleting (or a worker is settling) to them, so concurrent sweeps share the work
 * instead of waiting on each other. Ages are measured by the database's clock.
 */

/** Deletes up to `limit` sent or failed deliveries created more than `days` ago; answers how many. */
export function deleteSettledDeliveries(db: Db, days: number, limit: number): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM email_deliveries
      WHERE id IN (SELECT id FROM email_deliveries
                    WHERE status <> 'pending' AND created_at < now() - $1 * interval '1 day'
                    ORDER BY created_at, id
                    LIMIT $2
                      FOR UPDATE SKIP LOCKED)`,
    days,
    limit,
  );
}

/** Deletes up to `limit` read notifications created more than `days` ago; unread ones stay. */
export function deleteReadNotifications(db: Db, days: number, limit: number): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM notifications
      WHERE id IN (SELECT id FROM notifications
                    WHERE read_at IS NOT NULL AND created_at < now() - $1 * interval '1 day'
                    ORDER BY created_at, id
                    LIMIT $2
                      FOR UPDATE SKIP LOCKED)`,
    days,
    limit,
  );
}
