import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { connectNats, deleteStreams, ensureStream, subjectOf, type NatsConnection } from '@atrium/events';
import { eventually, freePort, getTestServers, testNamespace } from '@atrium/testing';
import { longestTokenLifetimeSeconds } from '../src/auth/switch-scope';
import { API_KEY_REVOKED, SESSION_REVOKED, USER_UPDATED } from '../src/events/identity-events';
import { request, silentLogger, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { API_KEY_ID, API_KEY_SECRET } from './support/stubs';
import { accessToken } from './support/tokens';

const SESSION_REVOKED_BEFORE_START = '5e55a0e0-0000-4000-8000-0000000000b1';

let nc: NatsConnection;
let namespace: string;
let platform: StubbedGateway;

/** Publishes an event the way identity's outbox relay does. */
async function publish(type: string, data: object, time = new Date()): Promise<void> {
  const h = headers();
  const id = randomUUID();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', '/atrium/identity');
  h.set('ce-time', time.toISOString());
  h.set('ce-subject', 'users/user-1');
  h.set('content-type', 'application/json');
  await jetstream(nc).publish(subjectOf(type, namespace), JSON.stringify(data), { msgID: id, headers: h });
}

async function statusOf(path: string, authorization: string): Promise<number> {
  return (await request(`${platform.gateway.url}${path}`, { headers: { authorization } })).status;
}

/** Polls until the answer has the wanted status; fails after timeoutMs. */
function eventuallyStatus(path: string, authorization: string, status: number, timeoutMs: number) {
  return eventually(
    async () => ((await statusOf(path, authorization)) === status ? true : undefined),
    timeoutMs,
    `${path} to answer ${status}`,
  );
}

describe('following identity events', () => {
  beforeAll(async () => {
    const { natsUrl } = await getTestServers();
    namespace = testNamespace();
    nc = await connectNats({ servers: natsUrl, name: 'gateway-test', logger: silentLogger });
    // identity owns the stream; here the test plays its part.
    await ensureStream(nc, 'identity', namespace);
    await publish(SESSION_REVOKED, {
      userId: 'user-1',
      sessionIds: [SESSION_REVOKED_BEFORE_START],
      reason: 'logout',
    });
    platform = await startStubbedGateway({ NATS_URL: natsUrl, EVENTS_NAMESPACE: namespace }, silentLogger, {
      followEvents: true,
    });
    await eventually(async () => platform.gateway.events?.identity.live || undefined, 10_000, 'the consumer');
  });

  afterAll(async () => {
    await platform?.stop();
    await deleteStreams(nc, namespace);
    await nc.drain();
  });

  test('a replica started after a revocation refuses that session, having read back a token lifetime', async () => {
    const token = await accessToken(platform.key, { sid: SESSION_REVOKED_BEFORE_START });
    await eventuallyStatus('/v1/me', `Bearer ${token}`, 401, 2000);
    const answer = await request(`${platform.gateway.url}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.body).toMatchObject({
      code: 'unauthenticated',
      detail: 'The session has ended; sign in again.',
    });
  });

  test('session.revoked refuses the tokens of those sessions within a second, and no others', async () => {
    const revoked = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000b2' });
    const alsoRevoked = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000b3' });
    const kept = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000b4' });
    expect(await statusOf('/v1/me', `Bearer ${revoked}`)).toBe(200);
    await publish(SESSION_REVOKED, {
      userId: 'user-1',
      sessionIds: ['5e55a0e0-0000-4000-8000-0000000000b2', '5e55a0e0-0000-4000-8000-0000000000b3'],
      reason: 'password_changed',
    });
    await eventuallyStatus('/v1/me', `Bearer ${revoked}`, 401, 1000);
    expect(await statusOf('/v1/me', `Bearer ${alsoRevoked}`)).toBe(401);
    expect(await statusOf('/v1/me', `Bearer ${kept}`)).toBe(200);
  });

  test('a revocation older than a token lifetime no longer matters, as every token it covered expired', async () => {
    const token = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000b5' });
    await publish(
      SESSION_REVOKED,
      { userId: 'user-1', sessionIds: ['5e55a0e0-0000-4000-8000-0000000000b5'], reason: 'revoked' },
      // Switch tokens (30 min) outlive access tokens (15 min): the longer lifetime counts.
      new Date(Date.now() - 2 * longestTokenLifetimeSeconds(900) * 1000),
    );
    const marker = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000b6' });
    await publish(SESSION_REVOKED, {
      userId: 'user-1',
      sessionIds: ['5e55a0e0-0000-4000-8000-0000000000b6'],
      reason: 'revoked',
    });
    // Events arrive in order: once the later one took effect, the earlier one was handled too.
    await eventuallyStatus('/v1/me', `Bearer ${marker}`, 401, 2000);
    expect(await statusOf('/v1/me', `Bearer ${token}`)).toBe(200);
  });

  test('unknown types and unreadable payloads are skipped without stopping the follower', async () => {
    const token = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000b7' });
    await publish('atrium.identity.v1.user.registered', { userId: 'user-9', email: 'x@example.com' });
    await publish(SESSION_REVOKED, { userId: 'user-1', sessionIds: 'not a list' });
    await publish(SESSION_REVOKED, {
      userId: 'user-1',
      sessionIds: ['5e55a0e0-0000-4000-8000-0000000000b7'],
    });
    await eventuallyStatus('/v1/me', `Bearer ${token}`, 401, 2000);
  });

  test('api_key.revoked makes the gateway ask identity about the key again', async () => {
    const key = `Bearer ${API_KEY_SECRET}`;
    expect(await statusOf('/v1/clients', key)).toBe(200);
    platform.identity.revokedSecrets.add(API_KEY_SECRET);
    // identity refuses it now, but the gateway still trusts its cached answer.
    expect(await statusOf('/v1/clients', key)).toBe(200);
    await publish(API_KEY_REVOKED, { apiKeyId: API_KEY_ID, agencyId: 'agency-1', revokedByUserId: 'user-1' });
    await eventuallyStatus('/v1/clients', key, 401, 2000);
  });

  test('user.updated makes GET /v1/me ask identity for the profile again', async () => {
    const token = await accessToken(platform.key, {
      sub: 'user-updated',
      sid: '5e55a0e0-0000-4000-8000-0000000000b8',
    });
    const me = () =>
      request(`${platform.gateway.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } }).then(
        (answer) => (answer.body as { user: { name: string } }).user.name,
      );
    expect(await me()).toBe('Ada');
    platform.identity.profile.name = 'Ada, Countess of Lovelace';
    expect(await me()).toBe('Ada');
    await publish(USER_UPDATED, { userId: 'user-updated', name: 'Ada, Countess of Lovelace' });
    await eventually(
      async () => ((await me()) === 'Ada, Countess of Lovelace' ? true : undefined),
      2000,
      'the new name',
    );
  });
});

describe('without NATS', () => {
  let offline: StubbedGateway;

  beforeAll(async () => {
    offline = await startStubbedGateway(
      { NATS_URL: `nats://127.0.0.1:${await freePort()}`, EVENTS_NAMESPACE: testNamespace() },
      silentLogger,
      { followEvents: true },
    );
  });

  afterAll(() => offline?.stop());

  test('the gateway serves: login and an authenticated request work while events cannot be followed', async () => {
    const login = await request(`${offline.gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'right password' },
    });
    expect(login.status).toBe(200);
    const token = await accessToken(offline.key);
    const me = await request(`${offline.gateway.url}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    expect(offline.gateway.events?.identity.live).toBe(false);
  });
});
