import { admitAttempt, successCounter, type Admission, type ThrottleCounter } from '../domain/login-throttle';
import type { Db, Tx } from './db';

interface CounterRow {
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
}

const counterOf = (row: CounterRow | undefined): ThrottleCounter | null =>
  row && (row.failures > 0 || row.locked_until)
    ? { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until }
    : null;

/**
 * Holds the email's counter and the (email, address) counter for the rest of the transaction, so
 * attempts for one email are decided one after another however many arrive at once. The email's row
 * is always locked first, so two transactions never wait on each other in a cycle.
 */
async function lockCounters(tx: Tx, email: string, address: string, now: Date) {
  await tx.$executeRawUnsafe(
    `INSERT INTO login_throttles (email, failures, window_started_at) VALUES ($1, 0, $2)
     ON CONFLICT (email) DO NOTHING`,
    email,
    now,
  );
  const [emailRow] = await tx.$queryRawUnsafe<CounterRow[]>(
    'SELECT failures, window_started_at, locked_until FROM login_throttles WHERE email = $1 FOR UPDATE',
    email,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO login_address_throttles (email, address, failures, window_started_at) VALUES ($1, $2, 0, $3)
     ON CONFLICT (email, address) DO NOTHING`,
    email,
    address,
    now,
  );
  const [addressRow] = await tx.$queryRawUnsafe<CounterRow[]>(
    `SELECT failures, window_started_at, locked_until FROM login_address_throttles
     WHERE email = $1 AND address = $2 FOR UPDATE`,
    email,
    address,
  );
  return { email: counterOf(emailRow), address: counterOf(addressRow) };
}

async function saveEmailCounter(tx: Tx, email: string, counter: ThrottleCounter): Promise<void> {
  await tx.loginThrottle.update({ where: { email }, data: counter });
}

/**
 * Admits one password check for the email from the address, or says until when it must wait. An
 * admitted attempt is stored as a failure at once (domain/login-throttle.ts admitAttempt).
 */
export async function admitLoginAttempt(
  tx: Tx,
  email: string,
  address: string,
  now: Date = new Date(),
): Promise<Admission> {
  const counters = await lockCounters(tx, email, address, now);
  const admission = admitAttempt(counters.address, counters.email, now);
  if (admission.admitted) {
    await saveEmailCounter(tx, email, admission.email);
    await tx.loginAddressThrottle.update({
      where: { email_address: { email, address } },
      data: admission.address,
    });
  }
  return admission;
}

/** The admitted attempt was the right password: it stops counting as a failure. */
export async function recordLoginSuccess(
  db: Db,
  email: string,
  address: string,
  lockedByThisAttempt: boolean,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const [emailRow] = await tx.$queryRawUnsafe<CounterRow[]>(
      'SELECT failures, window_started_at, locked_until FROM login_throttles WHERE email = $1 FOR UPDATE',
      email,
    );
    const counter = counterOf(emailRow);
    if (counter) await saveEmailCounter(tx, email, successCounter(counter, lockedByThisAttempt));
    await tx.loginAddressThrottle.deleteMany({ where: { email, address } });
  });
}

/** The person proved they own the mailbox (unlock link, password reset): every count starts again. */
export async function clearLoginThrottles(tx: Tx, email: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { email } });
  await tx.loginAddressThrottle.deleteMany({ where: { email } });
}
