import { hash } from '@node-rs/argon2';
import { LOGIN_THROTTLE } from '../src/domain/login-throttle';
import { hashToken } from '../src/tokens/session-tokens';
import { newPerson, problemOf, fieldsOf, signUp, startHarness, type Harness } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('accounts');
});

afterAll(async () => {
  await harness?.stop();
});

describe('passwords', () => {
  it.each(['password1234', 'qwertyuiop', '1234567890', 'short'])(
    'sign-up refuses the weak password %p, naming the password field',
    async (password) => {
      expect(await fieldsOf(harness.identity.SignUp({ ...newPerson(), password }))).toEqual(['password']);
    },
  );

  it('accepts a long passphrase', async () => {
    const person = { ...newPerson(), password: 'correct horse battery staple' };
    const answer = await harness.identity.SignUp(person);
    expect(answer.user?.email).toBe(person.email);
  });

  it('upgrades a hash made with weaker Argon2 parameters at the next successful login', async () => {
    const person = await signUp(harness);
    const weak = await hash(person.password, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await harness.db.user.update({ where: { id: person.userId }, data: { passwordHash: weak } });

    await harness.identity.Login({
      email: person.email,
      password: person.password,
      userAgent: 'jest',
      ip: '',
    });

    const { passwordHash } = await harness.db.user.findUniqueOrThrow({ where: { id: person.userId } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const again = await harness.identity.Login({
      email: person.email,
      password: person.password,
      userAgent: '',
      ip: '',
    });
    expect(again.user?.id).toBe(person.userId);
  });

  it("leaves a hash made with today's parameters as it is", async () => {
    const person = await signUp(harness);
    const before = await harness.db.user.findUniqueOrThrow({ where: { id: person.userId } });
    await harness.identity.Login({ email: person.email, password: person.password, userAgent: '', ip: '' });
    const after = await harness.db.user.findUniqueOrThrow({ where: { id: person.userId } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });
});

describe('login throttling', () => {
  const { freeFailures } = LOGIN_THROTTLE.address;
  const { ceiling } = LOGIN_THROTTLE.email;
  const LOCKED = 'atrium.identity.v1.login.locked';
  const from = (ip: string) => (email: string, password: string) =>
    problemOf(harness.identity.Login({ email, password, userAgent: 'jest', ip }));
  const loginFrom = (ip: string, person: { email: string; password: string }) =>
    harness.identity.Login({ email: person.email, password: person.password, userAgent: 'jest', ip });
  /** Moves the address's wait into the past, as if it had been sat out. */
  const sitOut = (email: string, address: string) =>
    harness.db.loginAddressThrottle.update({
      where: { email_address: { email, address } },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });

  it('makes one address wait after 5 failures, even with the right password, and lets another address in', async () => {
    const person = await signUp(harness);
    const attacker = from('198.51.100.1');
    for (let failure = 1; failure <= freeFailures; failure++) {
      expect((await attacker(person.email, 'Wrong-Guess-Number-1')).code).toBe('invalid_credentials');
    }
    const rightPassword = await attacker(person.email, person.password);
    expect(rightPassword.code).toBe('account_locked');
    expect(rightPassword.retryAfterSeconds).toBeGreaterThan(50);
    expect(rightPassword.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await attacker(person.email.toUpperCase(), 'Wrong-Guess-Number-1')).code).toBe('account_locked');

    const elsewhere = await loginFrom('192.0.2.44', person);
    expect(elsewhere.user?.id).toBe(person.userId);
  });

  it('doubles the wait of an address with each further failure', async () => {
    const person = await signUp(harness);
    const address = '198.51.100.2';
    const attacker = from(address);
    for (let failure = 1; failure <= freeFailures; failure++) await attacker(person.email, 'Wrong-Guess-2');
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      waits.push((await attacker(person.email, 'Wrong-Guess-2')).retryAfterSeconds!);
      await sitOut(person.email, address);
      expect((await attacker(person.email, 'Wrong-Guess-2')).code).toBe('invalid_credentials');
    }
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(waits[2]).toBeGreaterThan(waits[1]!);
    expect(waits.map((wait) => Math.round(wait / 60))).toEqual([1, 2, 4]);
  });

  it('answers a waiting address the same for an email nobody has as for a real one', async () => {
    const known = await signUp(harness);
    const attacker = from('198.51.100.3');
    const wrongPassword = await attacker(known.email, 'Wrong-Guess-Number-4');
    const unknownEmail = await attacker('nobody-here@example.test', 'Wrong-Guess-Number-4');
    expect(unknownEmail).toEqual(wrongPassword);
    for (let failure = 2; failure <= freeFailures; failure++) {
      await attacker(known.email, 'Wrong-Guess');
      await attacker('nobody-here@example.test', 'Wrong-Guess');
    }
    const lockedKnown = await attacker(known.email, known.password);
    const lockedUnknown = await attacker(' Nobody-Here@example.test', 'Wrong-Guess');
    expect(lockedUnknown.code).toBe('account_locked');
    expect({ ...lockedUnknown, retryAfterSeconds: 0 }).toEqual({ ...lockedKnown, retryAfterSeconds: 0 });
  });

  it('a success clears its address and is not counted toward the ceiling', async () => {
    const person = await signUp(harness);
    const address = '198.51.100.4';
    for (let failure = 1; failure < freeFailures; failure++)
      await from(address)(person.email, 'Wrong-Guess-3');
    await loginFrom(address, person);
    expect(
      await harness.db.loginAddressThrottle.findUnique({
        where: { email_address: { email: person.email, address } },
      }),
    ).toBeNull();
    const ceilingCount = await harness.db.loginThrottle.findUniqueOrThrow({ where: { email: person.email } });
    expect(ceilingCount.failures).toBe(freeFailures - 1);
    for (let failure = 1; failure < freeFailures; failure++) {
      expect((await from(address)(person.email, 'Wrong-Guess-3')).code).toBe('invalid_credentials');
    }
  });

  it('evaluates at most the ceiling of guesses from many addresses, then locks and mails an unlock link once', async () => {
    const person = await signUp(harness);
    const since = harness.events.length;
    const guesses = ceiling + 40;
    const answers: string[] = [];
    // Eight at a time, each guess from an address of its own: no address ever waits.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < guesses) {
          const index = next++;
          const ip = `10.20.${index >> 8}.${index & 255}`;
          answers.push((await from(ip)(person.email, `Wrong-Guess-${index}`)).code);
        }
      }),
    );
    expect(answers.filter((code) => code === 'invalid_credentials')).toHaveLength(ceiling);
    expect(answers.filter((code) => code === 'account_locked')).toHaveLength(guesses - ceiling);

    // The person, from an address of their own, is locked out too, until they use the link.
    const locked = await problemOf(loginFrom('192.0.2.99', person));
    expect(locked.code).toBe('account_locked');
    expect(locked.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    const event = await harness.nextEvent(LOCKED, (data) => data.userId === person.userId, since);
    expect(event.data).toMatchObject({ email: person.email, agencyId: person.agencyId });
    expect(harness.events.slice(since).filter((candidate) => candidate.type === LOCKED)).toHaveLength(1);
    const token = event.data.token as string;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(await harness.db.loginUnlock.findUnique({ where: { tokenHash: token } })).toBeNull();
    expect(
      await harness.db.loginUnlock.findUnique({ where: { tokenHash: hashToken(token) } }),
    ).not.toBeNull();

    await harness.identity.UnlockLogin({ token });
    expect((await loginFrom('192.0.2.99', person)).user?.id).toBe(person.userId);
    const again = await problemOf(harness.identity.UnlockLogin({ token }));
    expect(again.code).toBe('invalid_token');
  });

  it('locks an email nobody has at the ceiling too, and mails nobody', async () => {
    const since = harness.events.length;
    for (let index = 0; index < ceiling; index++) {
      await from(`10.30.${index >> 8}.${index & 255}`)('nobody-at-all@example.test', 'Wrong-Guess');
    }
    expect((await from('192.0.2.100')('nobody-at-all@example.test', 'Wrong-Guess')).code).toBe(
      'account_locked',
    );
    expect(harness.events.slice(since).filter((event) => event.type === LOCKED)).toEqual([]);
  });

  it('refuses an expired unlock link', async () => {
    const person = await signUp(harness);
    await harness.db.loginThrottle.create({
      data: { email: person.email, failures: ceiling - 1, windowStartedAt: new Date() },
    });
    const since = harness.events.length;
    await from('10.40.0.1')(person.email, 'Wrong-Guess');
    const event = await harness.nextEvent(LOCKED, (data) => data.userId === person.userId, since);
    const token = event.data.token as string;
    await harness.db.loginUnlock.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await problemOf(harness.identity.UnlockLogin({ token }))).code).toBe('invalid_token');
    expect((await problemOf(harness.identity.UnlockLogin({ token: 'made-up' }))).code).toBe('invalid_token');
  });
});
