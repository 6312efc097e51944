import { DomainError } from '@atrium/errors';
import { IDENTITY_ERRORS } from './errors';

/** maxFailures failed logins for one email within windowSeconds lock it for lockSeconds (SPEC §5). */
export const LOGIN_THROTTLE = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
} as const;

/** Seconds a caller should wait, rounded up so a retry at that moment finds the lock gone. */
export function secondsUntil(moment: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));
}

export function accountLocked(until: Date): DomainError {
  return new DomainError(
    IDENTITY_ERRORS.account_locked,
    'Too many failed sign-in attempts: this account is locked for a while. Try again later or reset the password.',
    { retryAfterSeconds: secondsUntil(until) },
  );
}
