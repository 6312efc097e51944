import { randomUUID } from 'node:crypto';

import { getTestServers, eventually } from '@atrium/testing';

import { connectNats, enqueueEvent, OutboxRelay } from '../src';
import {
  clientCreated,
  inTransaction,
  pendingRows,
  setUpHarness,
  SOURCE,
  streamMessages,
  type Harness,
} from './support';

let harness: Harness;
const relays: OutboxRelay[] = [];

function newRelay(options: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay {
  const relay = new OutboxRelay({
    databaseUrl: harness.db.url,
    nc: harness.nc,
    namespace: harness.namespace,
    logger: harness.logger,
    ...options,
  });
  relays.push(relay);
  return relay;
}

async function enqueue(count: number): Promise<string[]> {
  return inTransaction(harness.pool, async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await enqueueEvent(tx, clientCreated(randomUUID()), SOURCE));
    return ids;
  });
}

async function publishedIds(): Promise<string[]> {
  return (await streamMessages(harness)).map((message) => message.header.get('ce-id'));
}

beforeAll(async () => {
  harness = await setUpHarness('events_relay');
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
});

afterAll(async () => {
  await harness?.tearDown();
});

beforeEach(() => harness.reset());

test('two relays racing over 200 pending events publish each exactly once', async () => {
  const ids = await enqueue(200);
  const relayAll = async (relay: OutboxRelay): Promise<number> => {
    let total = 0;
    for (;;) {
      const published = await relay.relayOnce();
      if (published === 0) return total;
      total += published;
    }
  };

  const [first, second] = await Promise.all([
    relayAll(newRelay({ batchSize: 10 })),
    relayAll(newRelay({ batchSize: 10 })),
  ]);

  // Counted from each relay's own batches: a row both published would make the sum exceed 200 even
  // though JetStream's de-duplication would hide the repeat from the stream.
  expect(first + second).toBe(200);
  expect(first).toBeGreaterThan(0);
  expect(second).toBeGreaterThan(0);
  expect((await publishedIds()).sort()).toEqual([...ids].sort());
  expect(await pendingRows(harness)).toBe(0);
});

test('events stay pending while NATS is unreachable and are published once a working relay runs', async () => {
  const { natsUrl } = await getTestServers();
  const lost = await connectNats({ servers: natsUrl, name: 'events-test-lost', logger: harness.logger });
  await lost.close();
  const ids = await enqueue(3);

  await expect(newRelay({ nc: lost }).relayOnce()).rejects.toThrow();
  expect(await pendingRows(harness)).toBe(3);
  expect(await streamMessages(harness)).toHaveLength(0);
  // What /metrics reports as atrium_outbox_pending_events and atrium_outbox_oldest_pending_age_seconds.
  const relay = newRelay();
  const during = await relay.pendingNow();
  expect(during.pending).toBe(3);
  expect(during.oldestAgeSeconds).toBeGreaterThan(0);

  expect(await relay.relayOnce()).toBe(3);
  expect(await publishedIds()).toEqual(ids);
  expect(await pendingRows(harness)).toBe(0);
  expect(await relay.pendingNow()).toEqual({ pending: 0, oldestAgeSeconds: 0 });
});

test('a relay publishes the events already pending when it starts', async () => {
  const ids = await enqueue(2);

  await newRelay({ pollIntervalMs: 60000 }).start();

  await eventually(
    async () => ((await pendingRows(harness)) === 0 ? true : undefined),
    10000,
    'pending events',
  );
  expect(await publishedIds()).toEqual(ids);
});

/** A started relay whose first, empty pass has finished, so only a notification can make it publish. */
async function idleRelay(): Promise<OutboxRelay> {
  const relay = newRelay({ pollIntervalMs: 60000 });
  const original = relay.relayOnce.bind(relay);
  let passes = 0;
  jest.spyOn(relay, 'relayOnce').mockImplementation(async () => {
    const published = await original();
    passes++;
    return published;
  });
  await relay.start();
  await eventually(async () => (passes > 0 ? true : undefined), 10000, 'the first pass');
  return relay;
}

test('an event committed after the relay started is published on NOTIFY, long before the next poll', async () => {
  await idleRelay();

  const [id] = await enqueue(1);

  await eventually(async () => ((await publishedIds()).includes(id!) ? true : undefined), 20000, 'the event');
});

test('a relay whose LISTEN connection was cut listens again', async () => {
  await idleRelay();
  const { rowCount } = await harness.pool.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query = 'LISTEN atrium_outbox'`,
  );
  expect(rowCount).toBe(1);
  await eventually(
    async () => {
      const { rows } = await harness.pool.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN atrium_outbox'`,
      );
      return rows.length === 1 ? true : undefined;
    },
    20000,
    'a new LISTEN connection',
  );

  const [id] = await enqueue(1);

  await eventually(async () => ((await publishedIds()).includes(id!) ? true : undefined), 20000, 'the event');
});
