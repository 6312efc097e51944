import { setTimeout as sleep } from 'node:timers/promises';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { Client as PgClient } from 'pg';
import { sampleSum, scrapeMetrics } from '@atrium/testing';
import { streamOf } from '@atrium/events';

/**
 * What the fault scenarios share: traffic at a bounded concurrency, a JetStream durable consumer of
 * the test's own that counts what a stream delivered, a probe that waits on the real state, and reads
 * of a service's database and metrics.
 */

/** Runs work(0) … work(count - 1) with at most `concurrency` in flight; answers the results in order. */
export async function runPool<T>(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Polls probe until it answers a value, every `intervalMs`; throws naming `what` after `timeoutMs`. */
export async function waitUntil<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`, { cause: lastError });
}

/** One event as the test's durable consumer received it. */
export interface DeliveredEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  streamSequence: number;
}

/**
 * A JetStream durable consumer of the test's own on one service's stream: unlike a core NATS
 * subscription it gets what was published while it was cut off. Counts kept apart: distinct event
 * ids, duplicates (the same event id at another stream sequence: published twice) and redeliveries
 * (a delivery JetStream made again because no ack reached it).
 */
export interface StreamRecorder {
  /** Every distinct event, by its id (ce-id). */
  events: Map<string, DeliveredEvent>;
  duplicates: number;
  redeliveries: number;
  deliveries: number;
  stop(): Promise<void>;
}

export async function recordStream(options: {
  natsUrl: string;
  namespace: string;
  service: string;
  durable: string;
}): Promise<StreamRecorder> {
  const nc: NatsConnection = await connect({ servers: options.natsUrl, maxReconnectAttempts: -1 });
  const stream = streamOf(options.service, options.namespace).name;
  await (
    await jetstreamManager(nc)
  ).consumers.add(stream, {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(30_000),
  });
  const consumer = await jetstream(nc).consumers.get(stream, options.durable);
  const recorder: StreamRecorder = {
    events: new Map(),
    duplicates: 0,
    redeliveries: 0,
    deliveries: 0,
    stop: async () => undefined,
  };
  const take = (message: JsMsg) => {
    recorder.deliveries += 1;
    if (message.info.deliveryCount > 1) recorder.redeliveries += 1;
    const id = message.headers?.get('ce-id') ?? '';
    const seen = recorder.events.get(id);
    if (seen && seen.streamSequence !== message.seq) recorder.duplicates += 1;
    if (!seen) {
      recorder.events.set(id, {
        id,
        type: message.headers?.get('ce-type') ?? '',
        data: message.json<Record<string, unknown>>(),
        streamSequence: message.seq,
      });
    }
    message.ack();
  };
  let stopped = false;
  let messages: Awaited<ReturnType<typeof consumer.consume>> | undefined;
  // The pull ends with an error when NATS goes away; it starts again once the connection is back.
  const running = (async () => {
    while (!stopped) {
      try {
        messages = await consumer.consume({ max_messages: 256 });
        for await (const message of messages) take(message);
      } catch {
        // NATS is down: try again.
      }
      if (!stopped) await sleep(500);
    }
  })();
  recorder.stop = async () => {
    stopped = true;
    messages?.stop();
    await running;
    await nc.close();
  };
  return recorder;
}

/** Rows of a query against a service's test database (its owner's URL, so no row-level security applies). */
export async function queryDatabase<Row>(url: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The sum of a metric's samples whose labels include `labels`, scraped from a /metrics URL now. */
export async function metricValue(
  url: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  return sampleSum(await scrapeMetrics(url), name, labels);
}

/** Milliseconds since `start` as seconds with one decimal, the way the figures show durations. */
export function secondsSince(start: number, end = Date.now()): number {
  return Math.round((end - start) / 100) / 10;
}

/** A positive integer setting of the scenario from the environment, else `fallback`. */
export function positiveSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}
