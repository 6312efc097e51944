import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { hashToken } from '../src/tokens/session-tokens';
import {
  fieldsOf,
  problemOf,
  signedIn,
  signUp,
  startHarness,
  verifyAccessToken,
  type Harness,
  type SignedUpPerson,
} from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('sessions');
});

afterAll(async () => {
  await harness?.stop();
});

const refresh = (refreshToken: string, ip = '198.51.100.20') =>
  harness.identity.Refresh({ refreshToken, userAgent: 'Firefox on Linux', ip });

async function login(person: SignedUpPerson, userAgent = 'jest') {
  const answer = await harness.identity.Login({
    email: person.email,
    password: person.password,
    userAgent,
    ip: '192.0.2.9',
  });
  return signedIn(answer, person);
}

describe('refresh', () => {
  it('rotates the refresh token and keeps the session id, user and agency', async () => {
    const person = await signUp(harness);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await harness.db.session.update({ where: { id: person.sessionId }, data: { lastUsedAt: anHourAgo } });
    const answer = await refresh(person.refreshToken);

    expect(answer.tokens?.refreshToken).not.toBe(person.refreshToken);
    expect(answer.user?.id).toBe(person.userId);
    expect(answer.agency).toMatchObject({ id: person.agencyId, name: expect.stringMatching(/^Agency /) });
    const { payload, protectedHeader } = await verifyAccessToken(harness, answer.tokens!.accessToken);
    expect(payload).toMatchObject({ sub: person.userId, sid: person.sessionId, agency: person.agencyId });
    expect(protectedHeader.kid).toEqual(expect.any(String));

    const [session] = (await harness.identity.ListSessions({}, { actor: person.actor })).sessions;
    expect(session).toMatchObject({
      id: person.sessionId,
      ip: '198.51.100.20',
      userAgent: 'Firefox on Linux',
    });
    expect(new Date(session!.lastUsedAt).getTime()).toBeGreaterThan(anHourAgo.getTime() + 60_000);

    const rows = await harness.db.refreshToken.findMany({ where: { sessionId: person.sessionId } });
    expect(rows.map((row) => row.tokenHash).sort()).toEqual(
      [hashToken(person.refreshToken), hashToken(answer.tokens!.refreshToken)].sort(),
    );
    expect(rows.find((row) => row.tokenHash === hashToken(person.refreshToken))?.usedAt).not.toBeNull();
  });

  it('revokes the whole family when a spent refresh token is presented again', async () => {
    const person = await signUp(harness);
    const since = harness.events.length;
    const first = await refresh(person.refreshToken);
    const second = await refresh(first.tokens!.refreshToken);

    const replay = await problemOf(refresh(person.refreshToken, '203.0.113.66'));
    expect(replay.code).toBe('unauthenticated');
    // The legitimate holder's newest token dies with the family.
    expect((await problemOf(refresh(second.tokens!.refreshToken))).code).toBe('unauthenticated');

    const reuse = await harness.nextEvent(
      'atrium.identity.v1.session.reuse_detected',
      (data) => data.userId === person.userId,
      since,
    );
    expect(reuse.data).toMatchObject({ familyId: person.sessionId, email: person.email, ip: '203.0.113.66' });
    const revoked = await harness.nextEvent(
      'atrium.identity.v1.session.revoked',
      (data) => data.userId === person.userId,
      since,
    );
    expect(revoked.data).toMatchObject({ sessionIds: [person.sessionId], reason: 'reuse_detected' });
    expect((await harness.identity.ListSessions({}, { actor: person.actor })).sessions).toEqual([]);
  });

  it('revokes the family when two requests race with the same token', async () => {
    const person = await signUp(harness);
    const results = await Promise.allSettled([refresh(person.refreshToken), refresh(person.refreshToken)]);
    const winners = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    expect(winners).toHaveLength(1);
    expect((await problemOf(refresh(winners[0]!.tokens!.refreshToken))).code).toBe('unauthenticated');
    const session = await harness.db.session.findUniqueOrThrow({ where: { id: person.sessionId } });
    expect(session.revokedAt).not.toBeNull();
  });

  it('refuses unknown and expired tokens', async () => {
    expect((await problemOf(refresh('not-a-token'))).code).toBe('unauthenticated');
    const person = await signUp(harness);
    await harness.db.refreshToken.update({
      where: { tokenHash: hashToken(person.refreshToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await problemOf(refresh(person.refreshToken))).code).toBe('unauthenticated');
  });

  it('refuses a session whose person is no longer in its agency', async () => {
    const person = await signUp(harness);
    await harness.db.session.update({ where: { id: person.sessionId }, data: { agencyId: randomUUID() } });
    expect((await problemOf(refresh(person.refreshToken))).code).toBe('unauthenticated');
    // Not spent: the refusal came before the rotation.
    const row = await harness.db.refreshToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(person.refreshToken) },
    });
    expect(row.usedAt).toBeNull();
  });
});

describe('sessions', () => {
  it('lists open sessions newest first and marks the current one', async () => {
    const person = await signUp(harness);
    const laptop = await login(person, 'Safari on macOS');
    const { sessions } = await harness.identity.ListSessions({}, { actor: laptop.actor });
    expect(sessions.map((session) => session.id)).toEqual([laptop.sessionId, person.sessionId]);
    expect(sessions.map((session) => session.current)).toEqual([true, false]);
    expect(sessions[0]).toMatchObject({ userAgent: 'Safari on macOS', ip: '192.0.2.9' });
  });

  it('logs out the current session only', async () => {
    const person = await signUp(harness);
    const phone = await login(person);
    const since = harness.events.length;
    await harness.identity.Logout({}, { actor: phone.actor });

    expect((await problemOf(refresh(phone.refreshToken))).code).toBe('unauthenticated');
    const { sessions } = await harness.identity.ListSessions({}, { actor: person.actor });
    expect(sessions.map((session) => session.id)).toEqual([person.sessionId]);
    const event = await harness.nextEvent(
      'atrium.identity.v1.session.revoked',
      (data) => data.userId === person.userId,
      since,
    );
    expect(event.data).toMatchObject({ sessionIds: [phone.sessionId], reason: 'logout' });
    // Logging out twice is not an error.
    await harness.identity.Logout({}, { actor: phone.actor });
  });

  it('revokes another of my sessions, not anyone else’s', async () => {
    const person = await signUp(harness);
    const stranger = await signUp(harness);
    const tablet = await login(person);
    const since = harness.events.length;

    await harness.identity.RevokeSession({ sessionId: tablet.sessionId }, { actor: person.actor });
    expect((await problemOf(refresh(tablet.refreshToken))).code).toBe('unauthenticated');
    const event = await harness.nextEvent(
      'atrium.identity.v1.session.revoked',
      (data) => data.userId === person.userId,
      since,
    );
    expect(event.data).toMatchObject({ sessionIds: [tablet.sessionId], reason: 'revoked' });

    const foreign = harness.identity.RevokeSession(
      { sessionId: stranger.sessionId },
      { actor: person.actor },
    );
    expect((await problemOf(foreign)).code).toBe('not_found');
    expect((await refresh(stranger.refreshToken)).user?.id).toBe(stranger.userId);
    const again = harness.identity.RevokeSession({ sessionId: tablet.sessionId }, { actor: person.actor });
    expect((await problemOf(again)).code).toBe('not_found');
    const malformed = harness.identity.RevokeSession({ sessionId: 'nope' }, { actor: person.actor });
    expect((await problemOf(malformed)).code).toBe('not_found');
  });

  it('needs a signed-in person', async () => {
    expect((await problemOf(harness.identity.ListSessions({}))).code).toBe('unauthenticated');
  });
});

describe('changing the password', () => {
  it('checks the current password, keeps this session and ends all others', async () => {
    const person = await signUp(harness);
    const other = await login(person);
    const newPassword = 'Velvet-Thunder-Orchard-77';

    const wrong = harness.identity.ChangePassword(
      { currentPassword: 'Not-The-Password-11', newPassword },
      { actor: person.actor },
    );
    const wrongProblem = await problemOf(wrong);
    expect(wrongProblem.code).toBe('invalid_credentials');
    expect(wrongProblem.fields?.map((field) => field.field)).toEqual(['currentPassword']);
    const weak = harness.identity.ChangePassword(
      { currentPassword: person.password, newPassword: 'password1234' },
      { actor: person.actor },
    );
    expect(await fieldsOf(weak)).toEqual(['newPassword']);

    const since = harness.events.length;
    await harness.identity.ChangePassword(
      { currentPassword: person.password, newPassword },
      { actor: person.actor },
    );

    expect((await problemOf(refresh(other.refreshToken))).code).toBe('unauthenticated');
    expect((await refresh(person.refreshToken)).user?.id).toBe(person.userId);
    const oldPassword = harness.identity.Login({
      email: person.email,
      password: person.password,
      userAgent: '',
      ip: '',
    });
    expect((await problemOf(oldPassword)).code).toBe('invalid_credentials');
    await harness.identity.Login({ email: person.email, password: newPassword, userAgent: '', ip: '' });

    const revoked = await harness.nextEvent(
      'atrium.identity.v1.session.revoked',
      (data) => data.userId === person.userId,
      since,
    );
    expect(revoked.data).toMatchObject({ sessionIds: [other.sessionId], reason: 'password_changed' });
    const changed = await harness.nextEvent(
      'atrium.identity.v1.password.changed',
      (data) => data.userId === person.userId,
      since,
    );
    expect(changed.data).toMatchObject({ email: person.email, reason: 'changed' });
  });

  it('makes a session wait after wrong current passwords, and counts them toward the email ceiling', async () => {
    const person = await signUp(harness);
    for (let failure = 1; failure <= 5; failure++) {
      await problemOf(
        harness.identity.ChangePassword(
          { currentPassword: `Wrong-Current-${failure}`, newPassword: 'Velvet-Thunder-Orchard-78' },
          { actor: person.actor },
        ),
      );
    }
    const sixth = harness.identity.ChangePassword(
      { currentPassword: person.password, newPassword: 'Velvet-Thunder-Orchard-78' },
      { actor: person.actor },
    );
    expect((await problemOf(sixth)).code).toBe('account_locked');
    const ceiling = await harness.db.loginThrottle.findUniqueOrThrow({ where: { email: person.email } });
    expect(ceiling.failures).toBe(5);
    // A stolen token's guesses hold back only that session, not the person signing in.
    const login = await harness.identity.Login({
      email: person.email,
      password: person.password,
      userAgent: '',
      ip: '',
    });
    expect(login.user?.id).toBe(person.userId);
  });
});

describe('access tokens', () => {
  it('carry sub, sid and agency and last the configured time', async () => {
    const person = await signUp(harness);
    const claims = decodeJwt(person.accessToken);
    expect(claims).toMatchObject({ sub: person.userId, sid: person.sessionId, agency: person.agencyId });
    expect(claims.exp! - claims.iat!).toBe(harness.config.ACCESS_TOKEN_TTL_SECONDS);
  });
});
