import { isIPv4, isIPv6 } from 'node:net';
import { DomainError } from '@atrium/errors';
import { IDENTITY_ERRORS } from './errors';

/**
 * The login throttle's parameters (docs/security.md, "Online guessing and credential stuffing").
 * Failures count per (email, client address) with a low threshold and a growing delay, so guessing
 * from one address is slow while the person signs in from anywhere else; and per email over all
 * addresses with a much higher ceiling, which bounds a distributed run and mails the person an
 * unlock link when it is reached.
 */
export const LOGIN_THROTTLE = {
  address: {
    /** Failures from one address that carry no delay; the next ones wait. */
    freeFailures: 5,
    /** The wait after the freeFailures-th failure, doubling with each further one… */
    firstDelaySeconds: 60,
    /** …up to this. */
    maxDelaySeconds: 60 * 60,
    /** Counted within this window from the first failure; then the count starts again. */
    windowSeconds: 24 * 60 * 60,
  },
  email: {
    /** Failures over every address within windowSeconds that lock the email. */
    ceiling: 100,
    windowSeconds: 24 * 60 * 60,
    /**
     * How long the ceiling's lock lasts unless a password reset or the unlock link lifts it; the
     * link works once, until the lock ends.
     */
    lockSeconds: 24 * 60 * 60,
  },
} as const;

/** A failure counter as login_throttles and login_address_throttles keep it. */
export interface ThrottleCounter {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export type Admission =
  | { admitted: false; retryAt: Date }
  | {
      admitted: true;
      /** The counters to store: this attempt already counts as a failure until it succeeds. */
      address: ThrottleCounter;
      email: ThrottleCounter;
      /** This attempt reached the ceiling: if it fails too, the person is mailed an unlock link. */
      locksEmail: boolean;
    };

/** The wait after `failures` failures from one address: none up to the threshold, then doubling. */
export function addressDelaySeconds(failures: number): number {
  const { freeFailures, firstDelaySeconds, maxDelaySeconds } = LOGIN_THROTTLE.address;
  if (failures < freeFailures) return 0;
  // Capped before exponentiation so a long run cannot overflow to Infinity.
  const doublings = Math.min(failures - freeFailures, 32);
  return Math.min(firstDelaySeconds * 2 ** doublings, maxDelaySeconds);
}

function counted(counter: ThrottleCounter | null, now: Date, windowSeconds: number) {
  const fresh = !counter || counter.windowStartedAt.getTime() <= now.getTime() - windowSeconds * 1000;
  return fresh
    ? { failures: 1, windowStartedAt: now }
    : { failures: counter.failures + 1, windowStartedAt: counter.windowStartedAt };
}

const after = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000);

/**
 * Decides whether a password may be checked now. A locked address or email refuses without counting
 * (and without checking the password, so the answer does not depend on it). An admitted attempt is
 * counted before the password is checked, so concurrent attempts can never exceed the limits; a
 * success takes it back (successCounters).
 */
export function admitAttempt(
  address: ThrottleCounter | null,
  email: ThrottleCounter | null,
  now: Date,
): Admission {
  const locks = [address?.lockedUntil, email?.lockedUntil].filter(
    (until): until is Date => !!until && until > now,
  );
  if (locks.length > 0) {
    return { admitted: false, retryAt: new Date(Math.max(...locks.map((until) => until.getTime()))) };
  }
  const nextAddress = counted(address, now, LOGIN_THROTTLE.address.windowSeconds);
  const delay = addressDelaySeconds(nextAddress.failures);
  const nextEmail = counted(email, now, LOGIN_THROTTLE.email.windowSeconds);
  const locksEmail = nextEmail.failures >= LOGIN_THROTTLE.email.ceiling;
  return {
    admitted: true,
    address: { ...nextAddress, lockedUntil: delay > 0 ? after(now, delay) : null },
    email: { ...nextEmail, lockedUntil: locksEmail ? after(now, LOGIN_THROTTLE.email.lockSeconds) : null },
    locksEmail,
  };
}

/**
 * The email's counter after an admitted attempt turned out to be the right password: it was no
 * failure, so it leaves the ceiling's count, and a lock it set is lifted. The address's counter is
 * simply cleared. Other addresses' counters stay: the person's success says nothing about them.
 */
export function successCounter(email: ThrottleCounter, lockedByThisAttempt: boolean): ThrottleCounter {
  return {
    failures: Math.max(0, email.failures - 1),
    windowStartedAt: email.windowStartedAt,
    lockedUntil: lockedByThisAttempt ? null : email.lockedUntil,
  };
}

/**
 * The key failures from a client address count under: an IPv4 address as it is (IPv4-mapped IPv6
 * too), an IPv6 address by its /64, which one subscriber usually holds whole and could otherwise
 * rotate through; anything else (an empty address, a session) as given.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return ip;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address;
  const embedded = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16).toString(16));
}

/** Seconds a caller should wait, rounded up so a retry at that moment finds the lock gone. */
export function secondsUntil(moment: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));
}

/**
 * The one answer to every refused attempt, whether the address waits or the email is locked, the
 * email has an identity or not, and the password is right or wrong: only Retry-After differs.
 */
export function accountLocked(until: Date): DomainError {
  return new DomainError(
    IDENTITY_ERRORS.account_locked,
    'Too many failed sign-in attempts: try again after the time in Retry-After, or reset the password.',
    { retryAfterSeconds: secondsUntil(until) },
  );
}
