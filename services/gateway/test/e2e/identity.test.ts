import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { simpleParser } from 'mailparser';
import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import {
  agencyFixture,
  callWithBytes,
  createClient,
  fromOneAddress,
  joinAsMember,
  signIn,
  signUpAgency,
  type AgencyFixture,
} from './fixture';

// Identity through the real gateway and real processes: every identity control as an agency user
// meets it over HTTP, with the events other services rely on read from the real NATS server. The
// fixture's people are only read here; a test that changes an account, a session or a lockout
// counter signs up an owner of its own.
jest.setTimeout(120_000);

// Identity re-reads its current signing key every second here, so the rotation test sees new tokens
// signed by the new key without waiting a minute.
const e2e = platformForTests({ env: { SIGNING_KEY_CACHE_MS: '1000' } });
const { call } = e2e;
let harbour: AgencyFixture;

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, { label: 'harbour' });
});

/** An agency of the test's own, whose owner it may lock out, sign out or change. */
const ownAgency = (label: string, ownerName?: string) => signUpAgency(e2e.platform, { label, ownerName });

/** An address nobody signed up with, fresh each time. */
const unknownEmail = (handle: string) => `${handle}-${randomBytes(3).toString('hex')}@nowhere.test`;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

describe('passwords and login', () => {
  it('refuses short and common passwords, naming the field', async () => {
    for (const password of ['short-1', 'password1234', 'qwertyuiop']) {
      const answer = await call('POST', '/v1/auth/signup', {
        body: { agencyName: 'Weak Co', name: 'Wendy', email: 'wendy@weak.test', password },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.fields).toEqual([{ field: 'password', message: expect.any(String) }]);
    }
  });

  it('makes one address wait after five failures, even with the right password, and not another', async () => {
    const { owner } = await ownAgency('lockout');
    const attacker = fromOneAddress(e2e.platform);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await attacker('POST', '/v1/auth/login', {
        body: { email: owner.user.email, password: 'Wrong-pass-123' },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('invalid_credentials');
    }
    const waiting = await attacker('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: owner.password },
    });
    expect(waiting.status).toBe(429);
    expect(waiting.body.code).toBe('account_locked');
    const retryAfter = Number(waiting.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // `call` speaks from a fresh address: the owner's own.
    const owners = await call('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: owner.password },
    });
    expect(owners.status).toBe(200);
  });

  it('locks an email at the ceiling of a distributed run and mails its owner a link that unlocks once', async () => {
    const { owner, agency } = await ownAgency('ceiling');
    const email = owner.user.email;
    const guesses = 110;
    const statuses: number[] = [];
    let next = 0;
    // Four at a time, each guess from an address of its own, under the per-IP limit of every address.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < guesses) {
          next += 1;
          const answer = await call('POST', '/v1/auth/login', {
            body: { email, password: `Wrong-pass-${next}` },
          });
          statuses.push(answer.status);
        }
      }),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(100);
    expect(statuses.filter((status) => status === 429)).toHaveLength(guesses - 100);
    const locked = await call('POST', '/v1/auth/login', { body: { email, password: owner.password } });
    expect([locked.status, locked.body.code]).toEqual([429, 'account_locked']);

    const caught = await eventually(
      async () => (await e2e.platform.mail.messages()).find((message) => message.to.includes(email)),
      20_000,
      'the unlock email in the SMTP sink',
    );
    const mail = await simpleParser(await e2e.platform.mail.raw(caught.id));
    expect(mail.subject).toBe(`Sign-in to your ${agency.name} account is locked`);
    const link = /https?:\/\/\S+\/unlock\?token=([A-Za-z0-9%._~-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link![1]!);

    const unlocked = await call('POST', '/v1/auth/unlock', { body: { token } });
    expect(unlocked.status).toBe(204);
    const signedIn = await call('POST', '/v1/auth/login', { body: { email, password: owner.password } });
    expect(signedIn.status).toBe(200);
    const reused = await call('POST', '/v1/auth/unlock', { body: { token } });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('invalid_token');
  });

  it('limits login attempts per address', async () => {
    const sameAddress = fromOneAddress(e2e.platform);
    const answers: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const answer = await sameAddress('POST', '/v1/auth/login', {
        body: { email: unknownEmail(`nobody-${attempt}`), password: 'Wrong-pass-123' },
      });
      answers.push(answer.status);
      if (answer.status === 429) {
        expect(answer.body.code).toBe('rate_limited');
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
        break;
      }
    }
    expect(answers).toContain(429);
    // Another address is not affected.
    const other = await call('POST', '/v1/auth/login', {
      body: { email: unknownEmail('nobody'), password: 'Wrong-pass-123' },
    });
    expect(other.status).toBe(401);
  });
});

describe('access tokens and signing keys', () => {
  it('signs 15-minute ES256 tokens with sub, agency, sid and a published kid', async () => {
    const { owner } = harbour;
    const header = decodeProtectedHeader(owner.accessToken);
    const claims = decodeJwt(owner.accessToken);
    expect(header.alg).toBe('ES256');
    expect(claims).toMatchObject({ sub: owner.user.id, agency: expect.any(String), sid: expect.any(String) });
    expect(claims.exp! - claims.iat!).toBe(900);
    const jwks = await call('GET', '/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys.map((key: { kid: string }) => key.kid)).toContain(header.kid);
    expect(JSON.stringify(jwks.body)).not.toMatch(/"d"/);
  });

  it('refuses a token whose payload was tampered with', async () => {
    const { owner } = harbour;
    const [head, , signature] = owner.accessToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...decodeJwt(owner.accessToken), sub: 'someone-else' }),
    ).toString('base64url');
    const answer = await call('GET', '/v1/me', { token: `${head}.${forged}.${signature}` });
    expect(answer.status).toBe(401);
  });

  it('rotates the signing key without failing a single request', async () => {
    // An owner of its own: the test signs them in again and again.
    const { owner } = await ownAgency('rotation');
    const oldKid = decodeProtectedHeader(owner.accessToken).kid;
    const failures: string[] = [];
    let requests = 0;
    let running = true;
    const traffic = (async () => {
      while (running) {
        const answer = await call('GET', '/v1/me', { token: owner.accessToken });
        requests += 1;
        if (answer.status !== 200) failures.push(`old token: ${answer.status}`);
      }
    })();

    const rotation = await e2e.platform.runCli('identity', 'cli.js', ['rotate-keys']);
    expect(rotation.code).toBe(0);

    // New sessions get the new key once identity re-reads it; they verify at once at the gateway.
    const newToken = await eventually(
      async () => {
        const login = await call('POST', '/v1/auth/login', {
          body: { email: owner.user.email, password: owner.password },
        });
        if (login.status !== 200) failures.push(`login: ${login.status}`);
        const token = login.body.accessToken as string;
        return decodeProtectedHeader(token).kid !== oldKid ? token : undefined;
      },
      15_000,
      'a token signed by the new key',
    );
    const withNewKey = await call('GET', '/v1/me', { token: newToken });
    expect(withNewKey.status).toBe(200);
    running = false;
    await traffic;

    expect(requests).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    const kids = (await call('GET', '/.well-known/jwks.json')).body.keys.map(
      (key: { kid: string }) => key.kid,
    );
    expect(kids).toEqual(expect.arrayContaining([oldKid, decodeProtectedHeader(newToken).kid]));
  });
});

describe('refresh tokens and sessions', () => {
  it('rotates the refresh token on every use', async () => {
    const { owner } = await ownAgency('refresh');
    const first = await call('POST', '/v1/auth/refresh', { body: { refreshToken: owner.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(owner.refreshToken);
    expect(decodeJwt(first.body.accessToken).sid).toBe(decodeJwt(owner.accessToken).sid);
    const second = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: first.body.refreshToken },
    });
    expect(second.status).toBe(200);
  });

  it('revokes the whole family when a spent refresh token comes back, and says so on NATS', async () => {
    const { owner } = await ownAgency('replay');
    const rotated = await call('POST', '/v1/auth/refresh', { body: { refreshToken: owner.refreshToken } });
    expect(rotated.status).toBe(200);

    const replay = await call('POST', '/v1/auth/refresh', { body: { refreshToken: owner.refreshToken } });
    expect(replay.status).toBe(401);
    // The legitimate holder's newer token dies with the family, and so do its access tokens.
    const victim = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: rotated.body.refreshToken },
    });
    expect(victim.status).toBe(401);
    await eventually(
      async () => {
        const me = await call('GET', '/v1/me', { token: rotated.body.accessToken });
        return me.status === 401 ? true : undefined;
      },
      5_000,
      'the revoked session’s access token to be refused',
    );
    const reuse = await e2e.platform.eventOf(
      'atrium.identity.v1.session.reuse_detected',
      (data) => data.userId === owner.user.id,
    );
    expect(reuse).toMatchObject({ userId: owner.user.id, email: owner.user.email });
  });

  it('lists sessions, revokes one, and logs out the current one', async () => {
    // An owner of its own: sign-up's session and the laptop's are all they have.
    const { owner } = await ownAgency('sessions');
    const laptop = await call('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: owner.password },
      headers: { 'user-agent': 'Laptop Browser/1.0' },
    });
    const listed = await call('GET', '/v1/me/sessions', { token: owner.accessToken });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    const current = listed.body.items.find((session: { current: boolean }) => session.current);
    expect(current.id).toBe(decodeJwt(owner.accessToken).sid);
    const other = listed.body.items.find((session: { current: boolean }) => !session.current);
    expect(other).toMatchObject({ userAgent: 'Laptop Browser/1.0', ip: expect.any(String) });
    expect(other.createdAt).toEqual(expect.any(String));
    expect(other.lastUsedAt).toEqual(expect.any(String));

    expect((await call('DELETE', `/v1/me/sessions/${other.id}`, { token: owner.accessToken })).status).toBe(
      204,
    );
    const dead = await call('POST', '/v1/auth/refresh', { body: { refreshToken: laptop.body.refreshToken } });
    expect(dead.status).toBe(401);

    // Another person's session is not found, not forbidden; the fixture's owner only tries.
    const theirs = await call('DELETE', `/v1/me/sessions/${decodeJwt(owner.accessToken).sid}`, {
      token: harbour.owner.accessToken,
    });
    expect(theirs.status).toBe(404);

    expect((await call('POST', '/v1/auth/logout', { token: owner.accessToken })).status).toBe(204);
    await eventually(
      async () => {
        const me = await call('GET', '/v1/me', { token: owner.accessToken });
        return me.status === 401 ? true : undefined;
      },
      5_000,
      'the logged-out access token to be refused',
    );
    const afterLogout = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: owner.refreshToken },
    });
    expect(afterLogout.status).toBe(401);
  });

  it('changes the password with the old one and ends every other session', async () => {
    const { owner } = await ownAgency('password');
    const phone = await signIn(e2e.platform, owner);
    const wrong = await call('POST', '/v1/me/password', {
      token: owner.accessToken,
      body: { currentPassword: 'Not-my-password-1', newPassword: 'Fresh-Lighthouse-77' },
    });
    // Not 401: that would tell clients the session ended.
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    const changed = await call('POST', '/v1/me/password', {
      token: owner.accessToken,
      body: { currentPassword: owner.password, newPassword: 'Fresh-Lighthouse-77' },
    });
    expect(changed.status).toBe(204);
    expect(
      (await call('POST', '/v1/auth/refresh', { body: { refreshToken: phone.refreshToken } })).status,
    ).toBe(401);
    expect(
      (await call('POST', '/v1/auth/refresh', { body: { refreshToken: owner.refreshToken } })).status,
    ).toBe(200);
    const login = await call('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: 'Fresh-Lighthouse-77' },
    });
    expect(login.status).toBe(200);
    await e2e.platform.eventOf(
      'atrium.identity.v1.password.changed',
      (data) => data.userId === owner.user.id,
    );
  });
});

describe('password reset', () => {
  it('answers 202 whether or not the email exists, and mails only a real one (through an event)', async () => {
    const { owner } = await ownAgency('reset');
    const ghost = unknownEmail('ghost');
    const unknown = await call('POST', '/v1/auth/password-reset', { body: { email: ghost } });
    const known = await call('POST', '/v1/auth/password-reset', { body: { email: owner.user.email } });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const requested = await e2e.platform.eventOf(
      'atrium.identity.v1.password_reset.requested',
      (data) => data.userId === owner.user.id,
    );
    expect(requested.token).toEqual(expect.any(String));
    expect(e2e.platform.events.some((event) => event.data.email === ghost)).toBe(false);

    const confirm = (password: string) =>
      call('POST', '/v1/auth/password-reset/confirm', { body: { token: requested.token, password } });
    const weak = await confirm('password1234');
    expect(weak.status).toBe(400);
    expect((await confirm('Reset-Beacon-2026')).status).toBe(204);
    const reused = await confirm('Reset-Beacon-2027');
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('invalid_token');

    // Every session ended; the new password works.
    expect(
      (await call('POST', '/v1/auth/refresh', { body: { refreshToken: owner.refreshToken } })).status,
    ).toBe(401);
    const login = await call('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: 'Reset-Beacon-2026' },
    });
    expect(login.status).toBe(200);
  });
});

describe('invitations', () => {
  it('creates the identity from an invitation, gives it the role, and spends the link once', async () => {
    const { owner } = harbour;
    const email = harbour.email('mira');
    const invited = await call('POST', '/v1/agency/members', {
      token: owner.accessToken,
      body: { email: email.toUpperCase(), name: 'Mira Member', role: 'member' },
    });
    expect(invited.status).toBe(201);
    expect(JSON.stringify(invited.body)).not.toMatch(/token/i);
    const created = await e2e.platform.eventOf(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === invited.body.id,
    );

    const accepted = await call('POST', '/v1/invitations/accept', {
      body: { token: created.token, password: 'Member-Compass-31' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ user: { email, name: 'Mira Member' }, role: 'member' });
    const me = await call('GET', '/v1/me', { token: accepted.body.accessToken });
    expect(me.body).toMatchObject({ role: 'member', agency: { id: decodeJwt(owner.accessToken).agency } });

    const again = await call('POST', '/v1/invitations/accept', {
      body: { token: created.token, password: 'Member-Compass-32' },
    });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('invalid_token');
  });

  it('attaches the role to an identity that already exists', async () => {
    const { owner } = harbour;
    // The owner of another agency, who joins this one too.
    const { owner: other } = await ownAgency('elsewhere');
    const invited = await call('POST', '/v1/agency/members', {
      token: owner.accessToken,
      body: { email: other.user.email, name: other.user.name, role: 'admin' },
    });
    expect(invited.status).toBe(201);
    const created = await e2e.platform.eventOf(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === invited.body.id,
    );
    const accepted = await call('POST', '/v1/invitations/accept', { body: { token: created.token } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.id).toBe(other.user.id);
    const me = await call('GET', '/v1/me', { token: accepted.body.accessToken });
    expect(me.body).toMatchObject({ role: 'admin', agency: { id: decodeJwt(owner.accessToken).agency } });
    // The existing identity keeps its own password.
    const login = await call('POST', '/v1/auth/login', {
      body: { email: other.user.email, password: other.password },
    });
    expect(login.status).toBe(200);
  });
});

describe('profile', () => {
  it('updates name, phone and position, and stores a PNG avatar checked by its content', async () => {
    // An owner of another name than the one the test gives them.
    const { owner } = await ownAgency('profile', 'Pia Profile');
    const patched = await call('PATCH', '/v1/me', {
      token: owner.accessToken,
      body: { name: 'Olive Owner', phone: '+44 20 7946 0958', position: 'Founder' },
    });
    expect(patched.status).toBe(200);
    const me = await call('GET', '/v1/me', { token: owner.accessToken });
    expect(me.body.user).toMatchObject({
      name: 'Olive Owner',
      phone: '+44 20 7946 0958',
      position: 'Founder',
    });

    const upload = (bytes: Buffer, contentType: string) =>
      callWithBytes(e2e.platform, 'PUT', '/v1/me/avatar', { token: owner.accessToken, bytes, contentType });
    const uploaded = await upload(PNG, 'image/png');
    expect(uploaded.status).toBe(200);
    const avatarUrl = uploaded.body.avatarUrl as string;
    expect(avatarUrl).toContain(`/v1/users/${owner.user.id}/avatar`);
    const image = await callWithBytes(e2e.platform, 'GET', avatarUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(image.bytes, PNG)).toBe(0);

    const gif = await upload(Buffer.from('GIF89a-not-allowed'), 'image/gif');
    expect(gif.status).toBe(415);
    const disguised = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/png');
    expect(disguised.status).toBe(422);
    const huge = await upload(Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]), 'image/png');
    expect(huge.status).toBe(413);
  });
});

describe('agency API keys', () => {
  it('shows the secret once, acts with exactly its permissions, and stops at revocation', async () => {
    // An agency of its own: the key's client list is this test's one client.
    const keys = await ownAgency('keys');
    const { owner } = keys;
    await createClient(e2e.platform, keys, { name: 'Contoso' });
    const created = await call('POST', '/v1/agency/api-keys', {
      token: owner.accessToken,
      body: { name: 'Reporting', permissions: ['clients:read_all'] },
    });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^atr_/);

    const listed = await call('GET', '/v1/agency/api-keys', { token: owner.accessToken });
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: created.body.apiKey.id, name: 'Reporting', prefix: secret.slice(0, 12) }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const clients = await call('GET', '/v1/clients', { token: secret });
    expect(clients.status).toBe(200);
    expect(clients.body.items.map((item: { name: string }) => item.name)).toEqual(['Contoso']);
    const create = await call('POST', '/v1/clients', {
      token: secret,
      body: { name: 'Fabrikam', ownerId: owner.user.id },
    });
    expect(create.status).toBe(403);
    expect((await call('GET', '/v1/me/sessions', { token: secret })).status).toBe(403);

    const revoked = await call('DELETE', `/v1/agency/api-keys/${created.body.apiKey.id}`, {
      token: owner.accessToken,
    });
    expect(revoked.status).toBe(204);
    await eventually(
      async () => {
        const answer = await call('GET', '/v1/clients', { token: secret });
        return answer.status === 401 ? true : undefined;
      },
      5_000,
      'the revoked key to be refused',
    );
  });

  it('lets only agency owners and admins manage keys', async () => {
    const refused = await call('POST', '/v1/agency/api-keys', {
      token: harbour.member.accessToken,
      body: { name: 'Mine', permissions: [] },
    });
    expect(refused.status).toBe(403);
  });
});

describe('no login oracle', () => {
  it('answers a removed member the same whether the password is right or wrong', async () => {
    // A member of its own, whom the fixture's owner removes.
    const member = await joinAsMember(e2e.platform, harbour, { name: 'Gus Gone' });
    const { email } = member.user;
    const removed = await call('DELETE', `/v1/agency/members/${member.user.id}`, {
      token: harbour.owner.accessToken,
    });
    expect(removed.status).toBeLessThan(300);
    const right = await call('POST', '/v1/auth/login', { body: { email, password: member.password } });
    const wrong = await call('POST', '/v1/auth/login', {
      body: { email, password: 'Wrong-Member-Pass-7' },
    });
    expect([right.status, (right.body as { code: string }).code]).toEqual([401, 'invalid_credentials']);
    expect(right.body).toEqual({ ...(wrong.body as object), instance: '/v1/auth/login' });
  });

  it.each([
    ['a disabled client user', 'disable'],
    ['a removed client user', 'remove'],
  ] as const)('answers %s the same whether the password is right or wrong', async (_who, how) => {
    // A client user of its own in the fixture's client, whom the fixture's owner cuts off.
    const { owner, client } = harbour;
    const email = harbour.email(`cara-${how}`);
    const password = 'Molar-Lighthouse-58';
    const user = await call('POST', `/v1/clients/${client.id}/users`, {
      token: owner.accessToken,
      body: { name: 'Cara Client', email, role: 'administrator', password },
    });
    expect(user.status).toBe(201);
    expect((await call('POST', '/v1/auth/login', { body: { email, password } })).status).toBe(200);

    const route = `/v1/clients/${client.id}/users/${user.body.id}`;
    const cutOff =
      how === 'disable'
        ? await call('PATCH', route, { token: owner.accessToken, body: { status: 'disabled' } })
        : await call('DELETE', route, { token: owner.accessToken });
    expect(cutOff.status).toBeLessThan(300);

    const right = await call('POST', '/v1/auth/login', { body: { email, password } });
    const wrong = await call('POST', '/v1/auth/login', {
      body: { email, password: 'Wrong-Molar-Pass-7' },
    });
    expect([right.status, right.body.code]).toEqual([401, 'invalid_credentials']);
    expect(right.body).toEqual({ ...(wrong.body as object), instance: '/v1/auth/login' });
  });

  it('answers a user of a deactivated client the same whether the password is right or wrong, and ends their session', async () => {
    // A client of its own, so the fixture's client stays on for the other tests.
    const { owner } = harbour;
    const client = await createClient(e2e.platform, harbour, {
      name: `Switched Off ${randomBytes(3).toString('hex')}`,
    });
    const email = harbour.email('cara-deactivated');
    const password = 'Molar-Lighthouse-58';
    const user = await call('POST', `/v1/clients/${client.id}/users`, {
      token: owner.accessToken,
      body: { name: 'Cara Client', email, role: 'administrator', password },
    });
    expect(user.status).toBe(201);
    const session = await call('POST', '/v1/auth/login', { body: { email, password } });
    expect(session.status).toBe(200);
    const token = session.body.accessToken as string;
    expect((await call('GET', `/v1/clients/${client.id}/users`, { token })).status).toBe(200);

    const off = await call('POST', `/v1/clients/${client.id}/deactivate`, { token: owner.accessToken });
    expect(off.status).toBe(200);

    const right = await call('POST', '/v1/auth/login', { body: { email, password } });
    const wrong = await call('POST', '/v1/auth/login', { body: { email, password: 'Wrong-Molar-Pass-7' } });
    expect([right.status, right.body.code]).toEqual([401, 'invalid_credentials']);
    expect(right.body).toEqual({ ...(wrong.body as object), instance: '/v1/auth/login' });
    // The session opened before cannot be renewed, and its access token no longer enters the client.
    const renewed = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: session.body.refreshToken },
    });
    expect([renewed.status, renewed.body.code]).toEqual([401, 'unauthenticated']);
    const inside = await call('GET', `/v1/clients/${client.id}/users`, { token });
    expect([inside.status, inside.body.code]).toEqual([404, 'not_found']);
    // The agency still reaches it: its data stays readable (docs/product.md "Client lifecycle").
    expect((await call('GET', `/v1/clients/${client.id}/users`, { token: owner.accessToken })).status).toBe(
      200,
    );

    // Turned on again, the same password lets them in.
    const on = await call('POST', `/v1/clients/${client.id}/reactivate`, { token: owner.accessToken });
    expect(on.status).toBe(200);
    expect((await call('POST', '/v1/auth/login', { body: { email, password } })).status).toBe(200);
  });
});
