import { randomUUID } from 'node:crypto';

import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { getContext, runWithContext, type RequestContext } from '@atrium/logger';
import { registry } from '@atrium/metrics';
import type { EventInput } from '@atrium/proto';
import { eventually, parseMetrics, sampleSum } from '@atrium/testing';

import {
  enqueueEvent,
  OutboxRelay,
  startConsumer,
  subjectOf,
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
  harness = await setUpHarness('events_consumer');
  await harness.pool.query('CREATE TABLE handled (event_id uuid NOT NULL, client_id text NOT NULL)');
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

/** Starts a consumer of its own (a new durable) that records each event it handles in `handled`. */
async function consume(
  handle: Handler,
  options: Partial<ConsumerOptions<SqlExecutor>> = {},
): Promise<{ durable: string }> {
  const durable = `events-test-${++consumers}`;
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
      ...options,
    }),
  );
  return { durable };
}

async function record(event: ReceivedEvent, tx: SqlExecutor): Promise<void> {
  if (event.type !== CLIENT_CREATED) throw new Error(`${event.type} was not asked for`);
  await tx.$executeRawUnsafe(
    'INSERT INTO handled (event_id, client_id) VALUES ($1::uuid, $2)',
    event.id,
    String(event.data.clientId),
  );
}

/** Resolves once the consumer has settled (acked or terminated) every message now in the stream. */
async function settled(durable: string): Promise<void> {
  const jsm = await jetstreamManager(harness.nc);
  const { state } = await jsm.streams.info(harness.stream);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, durable);
      return info.ack_floor.stream_seq >= state.last_seq && info.num_ack_pending === 0 ? true : undefined;
    },
    20000,
    `${durable} to settle the stream`,
  );
}

async function handledRows(): Promise<{ event_id: string; client_id: string }[]> {
  return (await harness.pool.query('SELECT event_id, client_id FROM handled')).rows;
}

async function inboxRows(durable: string): Promise<number> {
  const { rows } = await harness.pool.query('SELECT event_id FROM inbox_events WHERE consumer = $1', [
    durable,
  ]);
  return rows.length;
}

/** A series of the process's /metrics registry, summed over the labels left open. */
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
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    requestId: 'req-7',
  };
}

test('an enqueued event reaches the handler as the envelope that was published, in its request context', async () => {
  const clientId = randomUUID();
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  const id = await runWithContext({ requestId: 'req-1', traceparent }, () =>
    inTransaction(harness.pool, (tx) => enqueueEvent(tx, clientCreated(clientId), SOURCE)),
  );
  const relay = new OutboxRelay({
    databaseUrl: harness.db.url,
    nc: harness.nc,
    namespace: harness.namespace,
    logger: harness.logger,
  });
  await relay.relayOnce();
  await relay.stop();
  const received: { event: EventEnvelope; context: RequestContext | undefined }[] = [];

  const { durable } = await consume(async (event) => {
    received.push({ event, context: getContext() });
  });
  await settled(durable);

  const { rows } = await harness.pool.query<{ created_at: Date }>('SELECT created_at FROM outbox_events');
  expect(received).toEqual([
    {
      event: {
        id,
        type: CLIENT_CREATED,
        source: SOURCE,
        subject: clientCreated(clientId).subject,
        time: rows[0]?.created_at.toISOString(),
        // Every field of the proto arrives, unset ones with their defaults (a message field as null).
        data: { ...clientCreated(clientId).data, createdBy: '', client: null },
        traceparent,
        requestId: 'req-1',
      },
      context: { requestId: 'req-1', traceparent },
    },
  ]);
});

test('an event delivered twice is handled once', async () => {
  const event = envelope();
  await publishEnvelope(harness, event, 'first-publish');
  await publishEnvelope(harness, event, 'second-publish');
  let calls = 0;

  const { durable } = await consume(async (received, tx) => {
    calls++;
    await record(received, tx);
  });
  await settled(durable);

  expect(calls).toBe(1);
  expect(await handledRows()).toEqual([{ event_id: event.id, client_id: event.data.clientId }]);
  expect(await inboxRows(durable)).toBe(1);
  expect(await metric('atrium_events_inbox_duplicates_total', { durable })).toBe(1);
});

test('a handler that fails once is retried and its writes are committed once', async () => {
  const event = envelope();
  await publishEnvelope(harness, event, event.id);
  let calls = 0;

  const { durable } = await consume(async (received, tx) => {
    calls++;
    await record(received, tx);
    if (calls === 1) throw new Error('the database hiccuped');
  });
  await settled(durable);

  expect(calls).toBe(2);
  expect(await handledRows()).toEqual([{ event_id: event.id, client_id: event.data.clientId }]);
  expect(await inboxRows(durable)).toBe(1);
  expect(await metric('atrium_events_handler_failures_total', { durable, outcome: 'retry' })).toBe(1);
  expect(await metric('atrium_events_redeliveries_total', { durable })).toBe(1);
});

test("a handler's failure rolls back its writes, and after the last delivery the event is given up", async () => {
  await publishEnvelope(harness, envelope(), randomUUID());
  let calls = 0;

  const { durable } = await consume(
    async (received, tx) => {
      calls++;
      await record(received, tx);
      throw new Error('this event can never be handled');
    },
    { maxDeliver: 3 },
  );
  await settled(durable);

  expect(calls).toBe(3);
  expect(await handledRows()).toEqual([]);
  expect(await inboxRows(durable)).toBe(0);
  expect(await metric('atrium_events_handler_failures_total', { durable, outcome: 'retry' })).toBe(2);
  expect(await metric('atrium_events_handler_failures_total', { durable, outcome: 'terminated' })).toBe(1);
  expect(await metric('atrium_events_redeliveries_total', { durable })).toBe(2);
});

test('malformed messages, payloads that break their proto and events of other types are skipped without stopping the consumer', async () => {
  const js = jetstream(harness.nc);
  const noId = headers();
  noId.set('ce-type', CLIENT_CREATED);
  await js.publish(subjectOf(CLIENT_CREATED, harness.namespace), '{}', { headers: noId });
  const badJson = headers();
  badJson.set('ce-id', randomUUID());
  badJson.set('ce-type', CLIENT_CREATED);
  await js.publish(subjectOf(CLIENT_CREATED, harness.namespace), '{not json', { headers: badJson });
  await publishEnvelope(harness, { ...envelope(), type: 'atrium.tenancy.v1.agency.created' }, randomUUID());
  // Not what ClientCreated promises: a number for a string, and a string for a message.
  await publishEnvelope(harness, { ...envelope(), data: { clientId: 42 } as object }, randomUUID());
  await publishEnvelope(harness, { ...envelope(), data: { client: 'Northwind' } as object }, randomUUID());
  const wanted = envelope();
  await publishEnvelope(harness, wanted, wanted.id);
  const seen: string[] = [];

  const { durable } = await consume(async (event, tx) => {
    seen.push(event.id);
    await record(event, tx);
  });
  await settled(durable);

  expect(seen).toEqual([wanted.id]);
});

test('stop() lets the event in hand finish and handles nothing after it', async () => {
  const first = envelope();
  const second = envelope();
  await publishEnvelope(harness, first, first.id);
  await publishEnvelope(harness, second, second.id);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  const { durable } = await consume(async (event, tx) => {
    started = true;
    await gate;
    await record(event, tx);
  });
  await eventually(async () => (started ? true : undefined), 10000, 'the handler to start');

  const stopped = running.pop()!.stop();
  release();
  await stopped;

  expect(await handledRows()).toEqual([{ event_id: first.id, client_id: first.data.clientId }]);
  // Only the second event is left unacknowledged (pending, or delivered to the stopped loop and never handled).
  const jsm = await jetstreamManager(harness.nc);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, durable);
      return info.num_pending + info.num_ack_pending === 1 ? true : undefined;
    },
    10000,
    'the first event to be acknowledged',
  );
});
