import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import {
  connectNats,
  deleteStreams,
  ensureStream,
  streamOf,
  subjectOf,
  type NatsConnection,
} from '@atrium/events';
import type { notification } from '@atrium/proto';
import { eventually, getTestServers, testNamespace } from '@atrium/testing';
import { SESSION_REVOKED } from '../src/events/identity-events';
import { NOTIFICATION_CREATED } from '../src/events/notification-events';
import {
  capturingLogger,
  request,
  silentLogger,
  startStubbedGateway,
  type StubbedGateway,
} from './support/gateway';
import { openSse, type SseStream } from './support/sse';
import { API_KEY_SECRET, personKey } from './support/stubs';
import { accessToken } from './support/tokens';

// The live bell through a real NATS server: notification.created events published the way
// notification's outbox relay publishes them, followed by the gateway's one consumer.

const MAX_STREAMS = 3;

let nc: NatsConnection;
let namespace: string;
let platform: StubbedGateway;
const log = capturingLogger();
const opened: SseStream[] = [];

/** Publishes an event the way a backend's outbox relay does. */
async function publish(type: string, source: string, data: object): Promise<void> {
  const h = headers();
  const id = randomUUID();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', source);
  h.set('ce-time', new Date().toISOString());
  h.set('content-type', 'application/json');
  await jetstream(nc).publish(subjectOf(type, namespace), JSON.stringify(data), { msgID: id, headers: h });
}

function stored(
  overrides: Partial<notification.Notification__Output> = {},
): notification.Notification__Output {
  return {
    id: randomUUID(),
    kind: 'client.created',
    title: 'Client "Blue Bottle" created',
    body: 'The client account "Blue Bottle" was added to your agency.',
    clientId: '',
    createdAt: new Date().toISOString(),
    readAt: '',
    ...overrides,
  };
}

/** notification.created for this person, as the notification service enqueues it; answers its id. */
async function notify(userId: string, agencyId = 'agency-1', title = 'Client "Blue Bottle" created') {
  const notificationId = randomUUID();
  await publish(NOTIFICATION_CREATED, '/atrium/notification', {
    notificationId,
    userId,
    agencyId,
    kind: 'client.created',
    title,
    body: 'The client account "Blue Bottle" was added to your agency.',
    clientId: 'c1e00000-0000-4000-8000-000000000001',
    createdAt: '2026-03-01T09:00:00.000Z',
  });
  return notificationId;
}

async function open(
  claims: Record<string, unknown>,
  extra: Record<string, string> = {},
  query = '',
): Promise<SseStream> {
  const token = await accessToken(platform.key, claims);
  const stream = await openSse(`${platform.gateway.url}/v1/notifications/stream${query}`, {
    authorization: `Bearer ${token}`,
    ...extra,
  });
  opened.push(stream);
  return stream;
}

const dataOf = (stream: SseStream) =>
  stream.events.filter((event) => event.event === 'notification').map((event) => event.id);

beforeAll(async () => {
  const { natsUrl } = await getTestServers();
  namespace = testNamespace();
  nc = await connectNats({ servers: natsUrl, name: 'gateway-test', logger: silentLogger });
  // notification and identity own these streams; here the test plays their part.
  await ensureStream(nc, 'notification', namespace);
  await ensureStream(nc, 'identity', namespace);
  platform = await startStubbedGateway(
    {
      NATS_URL: natsUrl,
      EVENTS_NAMESPACE: namespace,
      SSE_HEARTBEAT_MS: '200',
      SSE_MAX_STREAMS_PER_USER: String(MAX_STREAMS),
    },
    log.logger,
    { followEvents: true },
  );
  await eventually(
    async () => (platform.gateway.events?.notifications.live ? true : undefined),
    10_000,
    'the notification consumer',
  );
});

afterEach(() => {
  for (const stream of opened.splice(0)) stream.close();
});

afterAll(async () => {
  await platform?.stop();
  await deleteStreams(nc, namespace);
  await nc.drain();
});

describe('a live notification stream', () => {
  test('answers an event stream that proxies must not buffer, with a reconnect hint', async () => {
    const stream = await open({ sub: 'user-headers' });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers.get('cache-control')).toContain('no-cache');
    expect(stream.headers.get('x-accel-buffering')).toBe('no');
    await eventually(async () => stream.retry, 2000, 'the retry hint');
    expect(stream.retry).toBe(3000);
  });

  test('a notification created for the user appears within a second, as the list renders it', async () => {
    const stream = await open({ sub: 'user-live' });
    const id = await notify('user-live');
    const event = await stream.waitFor((candidate) => candidate.id === id, 1000, 'the notification');
    expect(event.event).toBe('notification');
    expect(JSON.parse(event.data)).toEqual({
      id,
      kind: 'client.created',
      title: 'Client "Blue Bottle" created',
      body: 'The client account "Blue Bottle" was added to your agency.',
      clientId: 'c1e00000-0000-4000-8000-000000000001',
      createdAt: '2026-03-01T09:00:00.000Z',
      readAt: null,
    });
  });

  test("another user's notification, or the user's own in another agency, never reaches the stream", async () => {
    const stream = await open({ sub: 'user-private' });
    await notify('user-other');
    await notify('user-private', 'agency-2');
    const marker = await notify('user-private');
    // One consumer delivers in stream order: once the marker is here, the others were handled.
    await stream.waitFor((event) => event.id === marker, 2000, 'the marker');
    expect(dataOf(stream)).toEqual([marker]);
  });

  test('every stream of the person gets it, through the replica’s one consumer', async () => {
    const streams = await Promise.all([open({ sub: 'user-tabs' }), open({ sub: 'user-tabs' })]);
    const id = await notify('user-tabs');
    for (const stream of streams) await stream.waitFor((event) => event.id === id, 2000, 'the notification');
    const jsm = await jetstreamManager(nc);
    const consumers = [];
    for await (const consumer of jsm.consumers.list(streamOf('notification', namespace).name))
      consumers.push(consumer);
    expect(consumers).toHaveLength(1);
  });

  test('an unreadable event is skipped without stopping the consumer', async () => {
    const stream = await open({ sub: 'user-sturdy' });
    await publish(NOTIFICATION_CREATED, '/atrium/notification', { userId: 'user-sturdy', title: 42 });
    const readable = await notify('user-sturdy');
    await stream.waitFor((event) => event.id === readable, 2000, 'the readable notification');
    expect(dataOf(stream)).toEqual([readable]);
  });

  test('heartbeats arrive while nothing happens', async () => {
    const stream = await open({ sub: 'user-quiet' });
    await eventually(
      async () =>
        stream.comments.filter((comment) => comment === 'heartbeat').length >= 2 ? true : undefined,
      5000,
      'two heartbeats',
    );
    expect(dataOf(stream)).toEqual([]);
  });
});

describe('reconnecting with Last-Event-ID', () => {
  test('replays what was missed, oldest first and page after page, then continues live', async () => {
    const missed = Array.from({ length: 230 }, (_, index) => stored({ title: `Notice ${index}` }));
    platform.notification.stored.set(personKey('user-replay', 'agency-1'), missed);
    const stream = await open({ sub: 'user-replay' }, { 'last-event-id': missed[4]!.id });
    expect(stream.status).toBe(200);
    await stream.waitFor((event) => event.id === missed.at(-1)!.id, 5000, 'the last missed notification');
    expect(dataOf(stream)).toEqual(missed.slice(5).map((item) => item.id));
    const replays = platform.notification.listings.filter(
      (call) => call.call.actor?.userId === 'user-replay',
    );
    expect(replays.map((call) => call.request.limit)).toEqual([100, 100, 100]);
    const live = await notify('user-replay');
    await stream.waitFor((event) => event.id === live, 2000, 'the live notification');
  });

  test('a notification created during the replay comes after it, once, with nothing lost', async () => {
    const missed = [stored(), stored(), stored()];
    platform.notification.stored.set(personKey('user-gap', 'agency-1'), missed);
    // A stream already open for the same person shows when the gateway has handed events out.
    const witness = await open({ sub: 'user-gap' });
    const release = platform.notification.holdReplays();
    const replaysBefore = platform.notification.listings.length;
    const token = await accessToken(platform.key, { sub: 'user-gap' });
    const reconnecting = openSse(`${platform.gateway.url}/v1/notifications/stream`, {
      authorization: `Bearer ${token}`,
      'last-event-id': missed[0]!.id,
    });
    await eventually(
      async () => (platform.notification.listings.length > replaysBefore ? true : undefined),
      2000,
      'the replay to start',
    );
    // Live while the replay is still out: one notification the replay also holds, one it does not.
    const repeated = missed[2]!;
    await publish(NOTIFICATION_CREATED, '/atrium/notification', {
      notificationId: repeated.id,
      userId: 'user-gap',
      agencyId: 'agency-1',
      kind: repeated.kind,
      title: repeated.title,
      body: repeated.body,
      clientId: '',
      createdAt: repeated.createdAt,
    });
    const during = await notify('user-gap');
    await witness.waitFor((event) => event.id === during, 2000, 'the live notification on the other stream');
    release();
    const stream = await reconnecting;
    opened.push(stream);
    await stream.waitFor((event) => event.id === during, 2000, 'the notification created during the replay');
    expect(dataOf(stream)).toEqual([missed[1]!.id, missed[2]!.id, during]);
  });

  test('an id the service does not know as the caller’s just goes live', async () => {
    const stream = await open({ sub: 'user-unknown-id' }, { 'last-event-id': randomUUID() });
    expect(stream.status).toBe(200);
    const live = await notify('user-unknown-id');
    await stream.waitFor((event) => event.id === live, 2000, 'the live notification');
    expect(dataOf(stream)).toEqual([live]);
  });

  test('a malformed Last-Event-ID answers 400 naming the header', async () => {
    const stream = await open({ sub: 'user-bad-id' }, { 'last-event-id': 'not-a-notification' });
    expect(stream.status).toBe(400);
    expect(stream.problem).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'Last-Event-ID', message: expect.any(String) }],
    });
  });

  test('a new EventSource may send the last id and the token in the query instead', async () => {
    const missed = [stored(), stored()];
    platform.notification.stored.set(personKey('user-query', 'agency-1'), missed);
    const token = await accessToken(platform.key, { sub: 'user-query' });
    const stream = await openSse(
      `${platform.gateway.url}/v1/notifications/stream?access_token=${token}&lastEventId=${missed[0]!.id}`,
    );
    opened.push(stream);
    expect(stream.status).toBe(200);
    await stream.waitFor((event) => event.id === missed[1]!.id, 2000, 'the replayed notification');
    stream.close();
    // The access log writes the line when the stream ends.
    const logged = await eventually(async () =>
      log.lines.find((line) => JSON.stringify(line.req ?? '').includes('/v1/notifications/stream?')),
    );
    expect(JSON.stringify(logged)).toContain('access_token=[REDACTED]');
    expect(JSON.stringify(log.lines)).not.toContain(token);
  });
});

describe('ending streams', () => {
  test('the stream asks to reauthenticate and ends when the access token expires', async () => {
    const lasting = await open({ sub: 'user-expiring' });
    const expiring = await openSse(`${platform.gateway.url}/v1/notifications/stream`, {
      authorization: `Bearer ${await accessToken(platform.key, { sub: 'user-expiring' }, { expiresIn: '2s' })}`,
    });
    opened.push(expiring);
    const event = await expiring.waitFor(
      (candidate) => candidate.event === 'reauthenticate',
      10_000,
      'reauthenticate',
    );
    expect(JSON.parse(event.data)).toEqual({ code: 'token_expired' });
    await expiring.waitUntilClosed(2000);
    expect(lasting.closed).toBe(false);
  });

  test('revoking a session ends its streams, and the token is refused after', async () => {
    const revokedSession = randomUUID();
    const revoked = await open({ sub: 'user-revoked', sid: revokedSession });
    const kept = await open({ sub: 'user-revoked', sid: randomUUID() });
    await publish(SESSION_REVOKED, '/atrium/identity', {
      userId: 'user-revoked',
      sessionIds: [revokedSession],
      reason: 'logout',
    });
    await revoked.waitUntilClosed(2000);
    const live = await notify('user-revoked');
    await kept.waitFor((event) => event.id === live, 2000, 'the notification on the kept stream');
    const again = await open({ sub: 'user-revoked', sid: revokedSession });
    expect(again.status).toBe(401);
  });

  test(`a user holds at most ${MAX_STREAMS} streams; one more answers 429 until one closes`, async () => {
    const streams = [];
    for (let index = 0; index < MAX_STREAMS; index += 1) streams.push(await open({ sub: 'user-greedy' }));
    expect(streams.map((stream) => stream.status)).toEqual(Array(MAX_STREAMS).fill(200));
    const refused = await open({ sub: 'user-greedy' });
    expect(refused.status).toBe(429);
    expect(refused.problem).toMatchObject({ code: 'rate_limited' });
    // Other users are not affected.
    expect((await open({ sub: 'user-modest' })).status).toBe(200);
    streams[0]!.close();
    await eventually(
      async () => {
        const retry = await open({ sub: 'user-greedy' });
        return retry.status === 200 ? true : undefined;
      },
      2000,
      'a stream to be allowed again',
    );
  });

  test('an API key is refused: in the header with 403, in the query with 401', async () => {
    const header = await openSse(`${platform.gateway.url}/v1/notifications/stream`, {
      authorization: `Bearer ${API_KEY_SECRET}`,
    });
    expect(header.status).toBe(403);
    const query = await openSse(
      `${platform.gateway.url}/v1/notifications/stream?access_token=${API_KEY_SECRET}`,
    );
    expect(query.status).toBe(401);
  });
});

describe('shutdown', () => {
  let draining: StubbedGateway;

  beforeAll(async () => {
    draining = await startStubbedGateway();
  });

  afterAll(() => draining?.stop());

  test('ends every open stream at once and answers new ones 503, so clients reconnect elsewhere', async () => {
    const token = await accessToken(draining.key, { sub: 'user-draining' });
    const url = `${draining.gateway.url}/v1/notifications/stream`;
    const streams = [
      await openSse(url, { authorization: `Bearer ${token}` }),
      await openSse(url, { authorization: `Bearer ${token}` }),
    ];
    opened.push(...streams);
    await eventually(async () => (draining.gateway.state.notificationStreams.size === 2 ? true : undefined));
    draining.gateway.lifecycle.beginShutdown();
    for (const stream of streams) await stream.waitUntilClosed(2000);
    expect(draining.gateway.state.notificationStreams.size).toBe(0);
    const late = await request(url, { headers: { authorization: `Bearer ${token}` } });
    expect(late.status).toBe(503);
  });
});
