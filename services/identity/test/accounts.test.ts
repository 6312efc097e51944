import { hash } from '@node-rs/argon2';
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

describe('login lockout', () => {
  const attempt = (email: string, password: string) =>
    problemOf(harness.identity.Login({ email, password, userAgent: 'jest', ip: '198.51.100.1' }));

  it('locks an account after 5 failures in 15 minutes, even against the right password', async () => {
    const person = await signUp(harness);
    for (let failure = 1; failure <= 5; failure++) {
      expect((await attempt(person.email, 'Wrong-Guess-Number-1')).code).toBe('invalid_credentials');
    }
    const rightPassword = await attempt(person.email, person.password);
    expect(rightPassword.code).toBe('account_locked');
    expect(rightPassword.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(rightPassword.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect((await attempt(person.email.toUpperCase(), 'Wrong-Guess-Number-1')).code).toBe('account_locked');
  });

  it('does not lock after 4 failures', async () => {
    const person = await signUp(harness);
    for (let failure = 1; failure <= 4; failure++) await attempt(person.email, 'Wrong-Guess-Number-5');
    const login = await harness.identity.Login({
      email: person.email,
      password: person.password,
      userAgent: '',
      ip: '',
    });
    expect(login.user?.id).toBe(person.userId);
  });

  it('lets the person in once the lock has passed, and a success starts the count again', async () => {
    const person = await signUp(harness);
    for (let failure = 1; failure <= 5; failure++) await attempt(person.email, 'Wrong-Guess-Number-2');
    // Sixteen minutes later, as far as the throttle can tell.
    await harness.db.loginThrottle.update({
      where: { email: person.email },
      data: { lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 16 * 60_000) },
    });

    const login = await harness.identity.Login({
      email: person.email,
      password: person.password,
      userAgent: '',
      ip: '',
    });
    expect(login.user?.id).toBe(person.userId);
    expect(await harness.db.loginThrottle.findUnique({ where: { email: person.email } })).toBeNull();

    for (let failure = 1; failure <= 4; failure++) {
      expect((await attempt(person.email, 'Wrong-Guess-Number-3')).code).toBe('invalid_credentials');
    }
  });

  it('counts failures for an email nobody has, and answers them as for a wrong password', async () => {
    const known = await signUp(harness);
    const wrongPassword = await attempt(known.email, 'Wrong-Guess-Number-4');
    const unknownEmail = await attempt('nobody-here@example.test', 'Wrong-Guess-Number-4');
    expect(unknownEmail).toEqual(wrongPassword);

    for (let failure = 2; failure <= 5; failure++) await attempt('nobody-here@example.test', 'Wrong-Guess');
    expect((await attempt('nobody-here@example.test', 'Wrong-Guess')).code).toBe('account_locked');
    expect((await attempt(' Nobody-Here@example.test', 'Wrong-Guess')).code).toBe('account_locked');
  });
});
