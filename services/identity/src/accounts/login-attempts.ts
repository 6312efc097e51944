import { accountLocked, addressKey, type Admission } from '../domain/login-throttle';
import { admitLoginAttempt, recordLoginSuccess } from '../store/login-throttles';
import { inTransaction, type Db } from '../store/transaction';
import type { UserRow } from '../store/users';
import { mailUnlockLink } from './login-locked';

export interface AdmittedAttempt {
  email: string;
  address: string;
  admission: Extract<Admission, { admitted: true }>;
}

/**
 * Lets one password check for the email from the client address (the gateway's client IP, or a
 * session for a password change) go ahead, or throws account_locked, before the password is looked
 * at: while refused, the right password answers exactly as a wrong one.
 */
export async function admitPasswordCheck(
  db: Db,
  email: string,
  clientAddress: string,
): Promise<AdmittedAttempt> {
  const address = addressKey(clientAddress);
  const admission = await inTransaction(db, (tx) => admitLoginAttempt(tx, email, address));
  if (!admission.admitted) throw accountLocked(admission.retryAt);
  return { email, address, admission };
}

/** The check succeeded: it does not count as a failure. */
export function passwordCheckSucceeded(db: Db, attempt: AdmittedAttempt): Promise<void> {
  return recordLoginSuccess(db, attempt.email, attempt.address, attempt.admission.locksEmail);
}

/**
 * The check failed, and stays counted. When it was the one that reached the ceiling and the email
 * has an identity, the person is mailed the unlock link; an unknown email is locked all the same.
 */
export async function passwordCheckFailed(
  db: Db,
  attempt: AdmittedAttempt,
  user: UserRow | null,
): Promise<void> {
  const { locksEmail, email } = attempt.admission;
  if (locksEmail && user && email.lockedUntil) await mailUnlockLink(db, user, email.lockedUntil);
}
