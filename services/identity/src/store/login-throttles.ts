import { LOGIN_THROTTLE } from '../domain/login-throttle';
import type { Db } from './db';

/** When the email's lock ends, or null when it is not locked. */
export async function lockedUntil(db: Db, email: string): Promise<Date | null> {
  const row = await db.loginThrottle.findUnique({ where: { email }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * Counts one failure in one statement, so concurrent failures are all counted: a window older than
 * windowSeconds starts again at 1, and reaching maxFailures locks the email from the next attempt on.
 */
export async function recordFailure(db: Db, email: string): Promise<void> {
  const { maxFailures, windowSeconds, lockSeconds } = LOGIN_THROTTLE;
  await db.$executeRawUnsafe(
    `WITH now AS (SELECT clock_timestamp() AS at)
     INSERT INTO login_throttles AS t (email, failures, window_started_at, locked_until)
     SELECT $1, 1, now.at, CASE WHEN $2::int <= 1 THEN now.at + make_interval(secs => $4) END FROM now
     ON CONFLICT (email) DO UPDATE SET
       failures = CASE WHEN t.window_started_at > excluded.window_started_at - make_interval(secs => $3)
                       THEN t.failures + 1 ELSE 1 END,
       window_started_at = CASE WHEN t.window_started_at > excluded.window_started_at - make_interval(secs => $3)
                                THEN t.window_started_at ELSE excluded.window_started_at END,
       locked_until = CASE WHEN t.window_started_at > excluded.window_started_at - make_interval(secs => $3)
                                AND t.failures + 1 >= $2::int
                           THEN excluded.window_started_at + make_interval(secs => $4)
                           ELSE t.locked_until END`,
    email,
    maxFailures,
    windowSeconds,
    lockSeconds,
  );
}

/** A successful login or a password reset starts the count again. */
export async function clearFailures(db: Pick<Db, 'loginThrottle'>, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { email } });
}
