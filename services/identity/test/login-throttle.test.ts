import fc from 'fast-check';
import {
  addressDelaySeconds,
  addressKey,
  admitAttempt,
  LOGIN_THROTTLE,
  successCounter,
  type ThrottleCounter,
} from '../src/domain/login-throttle';

const { freeFailures, firstDelaySeconds, maxDelaySeconds } = LOGIN_THROTTLE.address;
const { ceiling } = LOGIN_THROTTLE.email;
const START = new Date('2026-12-01T10:00:00.000Z');
const later = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

/** Runs failed attempts in order, each at its time from its address; answers what was admitted. */
function run(attempts: { address: string; at: Date }[]) {
  const addresses = new Map<string, ThrottleCounter>();
  let email: ThrottleCounter | null = null;
  const admitted: { address: string; at: Date; locksEmail: boolean }[] = [];
  for (const attempt of attempts) {
    const admission = admitAttempt(addresses.get(attempt.address) ?? null, email, attempt.at);
    if (!admission.admitted) continue;
    addresses.set(attempt.address, admission.address);
    email = admission.email;
    admitted.push({ ...attempt, locksEmail: admission.locksEmail });
  }
  return { admitted, email, addresses };
}

describe('the delay per client address', () => {
  it('is none below the threshold, then starts at a minute and doubles up to an hour', () => {
    expect([1, 2, 3, 4].map(addressDelaySeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 12].map(addressDelaySeconds)).toEqual([
      60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  it('never shrinks as failures grow, and never exceeds the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
        const delay = addressDelaySeconds(failures);
        expect(delay).toBeLessThanOrEqual(maxDelaySeconds);
        expect(addressDelaySeconds(failures + 1)).toBeGreaterThanOrEqual(delay);
        if (failures >= freeFailures) expect(delay).toBeGreaterThanOrEqual(firstDelaySeconds);
      }),
    );
  });

  it('admits the threshold of failures from one address at once, then refuses until the delay passes', () => {
    const burst = Array.from({ length: 20 }, () => ({ address: '198.51.100.1', at: START }));
    expect(run(burst).admitted).toHaveLength(freeFailures);
  });

  it('never admits two attempts from one address closer than its current delay', () => {
    fc.assert(
      // At most 60 × 20 min: within one window, so the count never starts again.
      fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 60 }), (gaps) => {
        let at = START;
        const attempts = gaps.map((gap) => ({ address: '198.51.100.1', at: (at = later(at, gap)) }));
        const { admitted } = run(attempts);
        admitted.forEach((attempt, index) => {
          const next = admitted[index + 1];
          if (!next) return;
          const gap = (next.at.getTime() - attempt.at.getTime()) / 1000;
          expect(gap).toBeGreaterThanOrEqual(addressDelaySeconds(index + 1));
        });
      }),
    );
  });

  it('does not hold back another address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (guesses) => {
        const attacker = Array.from({ length: guesses }, () => ({ address: '203.0.113.66', at: START }));
        const { email, addresses } = run(attacker);
        const person = admitAttempt(addresses.get('192.0.2.10') ?? null, email, START);
        expect(person.admitted).toBe(true);
      }),
    );
  });
});

describe('the ceiling per email', () => {
  it('bounds the failures admitted from any number of addresses within its window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ address: fc.integer({ min: 0, max: 500 }), second: fc.nat(86_399) }), {
          minLength: 1,
          maxLength: 400,
        }),
        (guesses) => {
          const attempts = guesses
            .map((guess) => ({
              address: `10.0.${guess.address >> 8}.${guess.address & 255}`,
              second: guess.second,
            }))
            .sort((a, b) => a.second - b.second)
            .map((guess) => ({ address: guess.address, at: later(START, guess.second) }));
          const { admitted } = run(attempts);
          expect(admitted.length).toBeLessThanOrEqual(ceiling);
          // Exactly one attempt locks the email: the one that reached the ceiling.
          expect(admitted.filter((attempt) => attempt.locksEmail).length).toBe(
            admitted.length === ceiling ? 1 : 0,
          );
        },
      ),
    );
  });

  it('refuses even a fresh address while the email is locked, and answers until when', () => {
    const distributed = Array.from({ length: ceiling }, (_, index) => ({
      address: `10.1.${index >> 8}.${index & 255}`,
      at: START,
    }));
    const { email } = run(distributed);
    const refused = admitAttempt(null, email, later(START, 60));
    expect(refused).toEqual({ admitted: false, retryAt: later(START, LOGIN_THROTTLE.email.lockSeconds) });
    expect(admitAttempt(null, email, later(START, LOGIN_THROTTLE.email.lockSeconds)).admitted).toBe(true);
  });

  it('does not count a success, and a success lifts the lock it set itself', () => {
    const counter = { failures: ceiling, windowStartedAt: START, lockedUntil: later(START, 60) };
    expect(successCounter(counter, true)).toEqual({
      failures: ceiling - 1,
      windowStartedAt: START,
      lockedUntil: null,
    });
    expect(successCounter(counter, false).lockedUntil).toEqual(counter.lockedUntil);
  });
});

describe('client addresses', () => {
  it('count an IPv6 address by its /64 and an IPv4-mapped one as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('')).toBe('');
  });

  it('give every address of one /64 the same key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), (groups) => {
        const address = groups.map((group) => group.toString(16)).join(':');
        const sibling = [...groups.slice(0, 4), 0, 0, 0, 1].map((group) => group.toString(16)).join(':');
        expect(addressKey(address)).toBe(addressKey(sibling));
      }),
    );
  });
});
