import { hashToken } from '../src/tokens/session-tokens';
import { fieldsOf, problemOf, signUp, startHarness, type Harness, type PublishedEvent } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('reset');
});

afterAll(async () => {
  await harness?.stop();
});

const REQUESTED = 'atrium.identity.v1.password_reset.requested';
const NEW_PASSWORD = 'Saffron-Glacier-Meadow-31';

async function requestToken(email: string): Promise<PublishedEvent> {
  const since = harness.events.length;
  await harness.identity.RequestPasswordReset({ email, userAgent: 'jest', ip: '' });
  return harness.nextEvent(REQUESTED, (data) => data.email === email, since);
}

const login = (email: string, password: string) =>
  harness.identity.Login({ email, password, userAgent: 'jest', ip: '' });

describe('requesting a reset', () => {
  it('answers the same for an unknown email and publishes nothing for it', async () => {
    const person = await signUp(harness);
    const since = harness.events.length;
    const unknown = await harness.identity.RequestPasswordReset({
      email: 'nobody@example.test',
      userAgent: '',
      ip: '',
    });
    const known = await harness.identity.RequestPasswordReset({
      email: ` ${person.email.toUpperCase()}`,
      userAgent: '',
      ip: '',
    });
    expect(unknown).toEqual(known);

    await harness.nextEvent(REQUESTED, (data) => data.email === person.email, since);
    const forUnknown = harness.events
      .slice(since)
      .filter((event) => event.data.email === 'nobody@example.test');
    expect(forUnknown).toEqual([]);
    // Both requests were taken off the queue by the worker, the unknown one first.
    expect(await harness.db.passwordResetRequest.count()).toBe(0);
  });

  it('publishes a one-hour token for the person’s agency and keeps only its hash', async () => {
    const person = await signUp(harness);
    const event = await requestToken(person.email);
    expect(event.data).toMatchObject({
      userId: person.userId,
      name: 'Ada Lovelace',
      agencyId: person.agencyId,
    });
    const token = event.data.token as string;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const expiresIn = new Date(event.data.expiresAt as string).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(55 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);

    const rows = await harness.db.passwordReset.findMany({ where: { userId: person.userId } });
    expect(rows.map((row) => row.tokenHash)).toEqual([hashToken(token)]);
  });
});

describe('confirming a reset', () => {
  it('sets the password, ends every session and can be used only once', async () => {
    const person = await signUp(harness);
    const token = (await requestToken(person.email)).data.token as string;
    const since = harness.events.length;

    await harness.identity.ConfirmPasswordReset({ token, newPassword: NEW_PASSWORD });

    const refresh = harness.identity.Refresh({ refreshToken: person.refreshToken, userAgent: '', ip: '' });
    expect((await problemOf(refresh)).code).toBe('unauthenticated');
    expect((await problemOf(login(person.email, person.password))).code).toBe('invalid_credentials');
    expect((await login(person.email, NEW_PASSWORD)).user?.id).toBe(person.userId);

    const second = harness.identity.ConfirmPasswordReset({ token, newPassword: 'Another-Fresh-Password-9' });
    expect((await problemOf(second)).code).toBe('invalid_token');

    const revoked = await harness.nextEvent(
      'atrium.identity.v1.session.revoked',
      (data) => data.userId === person.userId,
      since,
    );
    expect(revoked.data).toMatchObject({ sessionIds: [person.sessionId], reason: 'password_reset' });
    const changed = await harness.nextEvent(
      'atrium.identity.v1.password.changed',
      (data) => data.userId === person.userId,
      since,
    );
    expect(changed.data).toMatchObject({ reason: 'reset' });
  });

  it('refuses a weak password without spending the token', async () => {
    const person = await signUp(harness);
    const token = (await requestToken(person.email)).data.token as string;
    expect(
      await fieldsOf(harness.identity.ConfirmPasswordReset({ token, newPassword: 'qwertyuiop' })),
    ).toEqual(['newPassword']);
    await harness.identity.ConfirmPasswordReset({ token, newPassword: NEW_PASSWORD });
  });

  it('refuses an expired token', async () => {
    const person = await signUp(harness);
    const token = (await requestToken(person.email)).data.token as string;
    await harness.db.passwordReset.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const confirm = harness.identity.ConfirmPasswordReset({ token, newPassword: NEW_PASSWORD });
    expect((await problemOf(confirm)).code).toBe('invalid_token');
  });

  it('refuses an unknown token', async () => {
    const confirm = harness.identity.ConfirmPasswordReset({ token: 'made-up', newPassword: NEW_PASSWORD });
    expect((await problemOf(confirm)).code).toBe('invalid_token');
  });

  it('kills older links when a new one is requested', async () => {
    const person = await signUp(harness);
    const older = (await requestToken(person.email)).data.token as string;
    const newer = (await requestToken(person.email)).data.token as string;
    const withOlder = harness.identity.ConfirmPasswordReset({ token: older, newPassword: NEW_PASSWORD });
    expect((await problemOf(withOlder)).code).toBe('invalid_token');
    await harness.identity.ConfirmPasswordReset({ token: newer, newPassword: NEW_PASSWORD });
  });

  it('spends a token once when two confirmations race', async () => {
    const person = await signUp(harness);
    const token = (await requestToken(person.email)).data.token as string;
    const results = await Promise.allSettled([
      harness.identity.ConfirmPasswordReset({ token, newPassword: NEW_PASSWORD }),
      harness.identity.ConfirmPasswordReset({ token, newPassword: 'Another-Fresh-Password-9' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('lifts the login lock', async () => {
    const person = await signUp(harness);
    for (let failure = 1; failure <= 5; failure++)
      await problemOf(login(person.email, 'Wrong-Guess-Again-1'));
    expect((await problemOf(login(person.email, person.password))).code).toBe('account_locked');

    const token = (await requestToken(person.email)).data.token as string;
    await harness.identity.ConfirmPasswordReset({ token, newPassword: NEW_PASSWORD });
    expect((await login(person.email, NEW_PASSWORD)).user?.id).toBe(person.userId);
  });
});
