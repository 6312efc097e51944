import { randomUUID } from 'node:crypto';

import { jetstreamManager } from '@nats-io/jetstream';
import { registry } from '@atrium/metrics';
import type { EventInput } from '@atrium/proto';
import { eventually, parseMetrics, sampleSum } from '@atrium/testing';

import {
  startConsumer,
  type ConsumerOptions,
  type EventEnvelope,
  type ReceivedEvent,
  type SqlExecutor,
} from '../src';
import {
  CLIENT_CREATED,
  clientCreated,
  inTransaction,
  publishEnvelope,
  setUpHarness,
  SOURCE,
  type Harness,
} from './support';

let harness: Harness;
const running: { stop(): Promise<void> }[] = [];
let consumers = 0;

beforeAll(async () => {
  harness = await setUpHarness('events_consumer_batch');
  // One row per handler run, numbered in the order the handlers wrote them, with their transaction.
  await harness.pool.query(
    `CREATE TABLE handled (
       n bigserial PRIMARY KEY, event_id uuid NOT NULL, client_id text NOT NULL, tx bigint NOT NULL
     )`,
  );
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
});

afterAll(async () => {
  await harness?.tearDown();
});

beforeEach(async () => {
  await harness.reset();
  await harness.pool.query('TRUNCATE handled');
});

type Handler = ConsumerOptions<SqlExecutor>['handle'];

/** A consumer of its own (a new durable) handling up to `batchSize` events per transaction. */
async function consume(
  handle: Handler,
  options: Partial<ConsumerOptions<SqlExecutor>> = {},
): Promise<{ durable: string }> {
  const durable = `events-batch-test-${++consumers}`;
  running.push(
    await startConsumer<SqlExecutor>({
      nc: harness.nc,
      namespace: harness.namespace,
      logger: harness.logger,
      service: 'tenancy',
      durable,
      eventTypes: [CLIENT_CREATED],
      transaction: (work) => inTransaction(harness.pool, work),
      handle,
      backoffMs: [50],
      batchSize: 16,
      ...options,
    }),
  );
  return { durable };
}

async function record(event: ReceivedEvent, tx: SqlExecutor): Promise<void> {
  if (event.type !== CLIENT_CREATED) throw new Error(`${event.type} was not asked for`);
  await tx.$executeRawUnsafe(
    'INSERT INTO handled (event_id, client_id, tx) VALUES ($1::uuid, $2, txid_current())',
    event.id,
    String(event.data.clientId),
  );
}

async function settled(durable: string): Promise<void> {
  const jsm = await jetstreamManager(harness.nc);
  const { state } = await jsm.streams.info(harness.stream);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, durable);
      return info.ack_floor.stream_seq >= state.last_seq && info.num_ack_pending === 0 ? true : undefined;
    },
    30000,
    `${durable} to settle the stream`,
  );
}

async function handledRows(): Promise<{ event_id: string; client_id: string; tx: string }[]> {
  return (await harness.pool.query('SELECT event_id, client_id, tx FROM handled ORDER BY n')).rows;
}

async function inboxRows(durable: string): Promise<number> {
  const { rows } = await harness.pool.query('SELECT 1 FROM inbox_events WHERE consumer = $1', [durable]);
  return rows.length;
}

async function metric(name: string, labels: Record<string, string>): Promise<number> {
  return sampleSum(parseMetrics(await registry.metrics()), name, labels);
}

function envelope(clientId = randomUUID()): EventEnvelope<EventInput<typeof CLIENT_CREATED>> {
  const event = clientCreated(clientId);
  return {
    id: randomUUID(),
    type: event.type,
    source: SOURCE,
    subject: event.subject,
    time: new Date().toISOString(),
    data: event.data,
  };
}

async function publishAll(count: number): Promise<EventEnvelope<EventInput<typeof CLIENT_CREATED>>[]> {
  const events = Array.from({ length: count }, () => envelope());
  for (const event of events) await publishEnvelope(harness, event, event.id);
  return events;
}

test('events waiting together are handled in shared transactions, each once and in stream order', async () => {
  const events = await publishAll(100);

  const { durable } = await consume(record);
  await settled(durable);

  const rows = await handledRows();
  expect(rows.map((row) => row.event_id)).toEqual(events.map((event) => event.id));
  expect(new Set(rows.map((row) => row.tx)).size).toBeLessThan(events.length);
  expect(await inboxRows(durable)).toBe(events.length);
});

test('a later event of an entity in the same batch sees what the earlier one wrote', async () => {
  // Many changes of one entity (one client id) back to back: each handler reads the last write.
  const clientId = randomUUID();
  const events = Array.from({ length: 40 }, () => envelope(clientId));
  for (const event of events) await publishEnvelope(harness, event, event.id);
  const seenBefore: number[] = [];

  const { durable } = await consume(async (event, tx) => {
    const [row] = await tx.$queryRawUnsafe<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM handled WHERE client_id = $1',
      String((event.data as { clientId: string }).clientId),
    );
    seenBefore.push(row?.count ?? -1);
    await record(event, tx);
  });
  await settled(durable);

  expect(seenBefore).toEqual(events.map((_, index) => index));
});

test('an event delivered twice, within one batch or after it, is handled once', async () => {
  const [first, second] = [envelope(), envelope()];
  await publishEnvelope(harness, first!, 'first-publish');
  await publishEnvelope(harness, second!, second!.id);
  await publishEnvelope(harness, first!, 'second-publish');
  await publishEnvelope(harness, { ...second!, id: second!.id.toUpperCase() }, 'upper-case-copy');

  const { durable } = await consume(record);
  await settled(durable);

  expect((await handledRows()).map((row) => row.event_id)).toEqual([first!.id, second!.id]);
  expect(await inboxRows(durable)).toBe(2);
  expect(await metric('atrium_events_inbox_duplicates_total', { durable })).toBe(2);
});

test('an event that fails in a batch rolls the batch back; the others commit once and it is tried again alone', async () => {
  const events = await publishAll(10);
  const failing = events[4]!.id;
  let failures = 0;

  const { durable } = await consume(async (event, tx) => {
    await record(event, tx);
    // Fails in the batch and again alone, so it is retried after its delay, as it would be alone.
    if (event.id === failing && failures++ < 2) throw new Error('the database hiccuped');
  });
  await settled(durable);

  const rows = await handledRows();
  expect(rows.map((row) => row.event_id).sort()).toEqual(events.map((event) => event.id).sort());
  expect(await inboxRows(durable)).toBe(events.length);
  // Handled again alone: the retry and the redelivery are counted as for an event handled one at a time.
  expect(await metric('atrium_events_handler_failures_total', { durable, outcome: 'retry' })).toBe(1);
  expect(await metric('atrium_events_redeliveries_total', { durable })).toBe(1);
});

test('a poison event in a batch is given up after its last delivery while the rest commit', async () => {
  const events = await publishAll(6);
  const poison = events[2]!.id;

  const { durable } = await consume(
    async (event, tx) => {
      await record(event, tx);
      if (event.id === poison) throw new Error('this event can never be handled');
    },
    { maxDeliver: 3 },
  );
  await settled(durable);

  expect((await handledRows()).map((row) => row.event_id)).toEqual(
    events.filter((event) => event.id !== poison).map((event) => event.id),
  );
  expect(await inboxRows(durable)).toBe(events.length - 1);
  expect(await metric('atrium_events_handler_failures_total', { durable, outcome: 'retry' })).toBe(2);
  expect(await metric('atrium_events_handler_failures_total', { durable, outcome: 'terminated' })).toBe(1);
});

test('no event of a batch is acknowledged before the batch has committed', async () => {
  await publishAll(5);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let handled = 0;
  const { durable } = await consume(async (event, tx) => {
    await record(event, tx);
    handled += 1;
    if (handled === 1) await gate;
  });
  const jsm = await jetstreamManager(harness.nc);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, durable);
      return handled === 1 && info.num_ack_pending === 5 ? true : undefined;
    },
    10000,
    'the first handler to have written, with all five delivered',
  );

  try {
    const held = await jsm.consumers.info(harness.stream, durable);
    expect(held.ack_floor.stream_seq).toBe(0);
    expect(await handledRows()).toEqual([]);
  } finally {
    release();
  }
  await settled(durable);
  expect(await handledRows()).toHaveLength(5);
});

test('events waiting behind a batch slower than AckWait are not redelivered', async () => {
  await publishAll(6);

  // Two at a time, 400 ms each: the second and third pairs wait 1.6 s and 1.2 s, longer than AckWait.
  const { durable } = await consume(
    async (event, tx) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await record(event, tx);
    },
    { batchSize: 2, ackWaitMs: 1000 },
  );
  await settled(durable);

  expect(await handledRows()).toHaveLength(6);
  expect(await metric('atrium_events_redeliveries_total', { durable })).toBe(0);
});

test('stop() lets the batch in hand commit and gives the events not handled back at once', async () => {
  await publishAll(3);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  // Two per batch: the first two are in hand, the third is delivered and waiting when it stops.
  const { durable } = await consume(
    async (event, tx) => {
      started = true;
      await gate;
      await record(event, tx);
    },
    { batchSize: 2 },
  );
  const jsm = await jetstreamManager(harness.nc);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, durable);
      return started && info.num_ack_pending === 3 ? true : undefined;
    },
    10000,
    'the handler to start with all three delivered',
  );

  const stopped = running.pop()!.stop();
  release();
  await stopped;

  expect((await handledRows()).length).toBe(2);
  // Given back rather than left to AckWait (30 s by default): the next consumer of the durable gets
  // the third at once.
  const startedAgain = Date.now();
  await consume(record, { durable });
  await eventually(
    async () => ((await handledRows()).length === 3 ? true : undefined),
    5000,
    'the third event to be handled by the next consumer',
  );
  expect(Date.now() - startedAgain).toBeLessThan(5000);
});
