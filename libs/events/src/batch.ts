import { setTimeout as sleep } from 'node:timers/promises';

import type { Consumer, JsMsg } from '@nats-io/jetstream';
import type { EventType } from '@atrium/proto';

import type { ConsumerOptions } from './consumer';
import type { ReceivedEvent } from './envelope';
import { inboxDuplicates } from './metrics';
import type { SqlExecutor } from './sql';

/** What the batched loop needs of consumer.ts: reading a message, and handling one the way one-at-a-time does. */
export interface BatchSteps<E extends EventType> {
  /** The message's event, or undefined when it was settled already (malformed, another type). */
  prepare(message: JsMsg): ReceivedEvent<E> | undefined;
  /** Handles one event in a transaction of its own and settles its message (ack, nak with delay, or term). */
  handleOne(message: JsMsg, event: ReceivedEvent<E>): Promise<void>;
  /** Runs a handler in the event's CONSUMER span and request context. */
  inSpan(event: ReceivedEvent<E>, work: () => Promise<void>): Promise<void>;
  /** Sends an ack, nak or term, logging one the connection cannot take. */
  settle(message: JsMsg, send: () => void): void;
  restartDelayMs: number;
}

/** How long a pull request waits on the server for messages before the next one is made. */
const FETCH_EXPIRES_MS = 10_000;

/**
 * Reads up to `batchSize` messages at a time and handles all that have arrived in one transaction: one
 * statement records every event id in inbox_events (those it returns are new), each new event's
 * handler runs in stream order, and the messages are acknowledged after COMMIT. When any handler or
 * the commit fails, the whole transaction rolls back and the batch is handled again one event at a
 * time, each in its own transaction, so a failing event is retried or given up exactly as it would be
 * alone and the others commit.
 *
 * Every message delivered and not yet settled is in `unsettled`, and gets an in-progress ack
 * (`working()`) every third of AckWait: AckWait runs from delivery, and messages waiting behind a slow
 * batch would otherwise be redelivered while still in hand. The reader takes a new batch only while
 * at most one batch waits, so a replica holds at most twice `batchSize` and leaves the rest of the
 * backlog to the others.
 */
export async function runBatches<Tx extends SqlExecutor, E extends EventType>(
  consumer: Consumer,
  options: ConsumerOptions<Tx, E> & { batchSize: number; ackWaitMs: number },
  steps: BatchSteps<E>,
  signal: AbortSignal,
): Promise<void> {
  const { logger, durable, batchSize } = options;
  const waiting: JsMsg[] = [];
  const unsettled = new Set<JsMsg>();
  let arrived = signalled();
  let taken = signalled();
  let readerDone = false;
  let fetching: { stop(): void } | undefined;
  const onAbort = () => {
    fetching?.stop();
    arrived.resolve();
    taken.resolve();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const heartbeat = setInterval(
    () => {
      for (const message of unsettled) steps.settle(message, () => message.working());
    },
    Math.max(1, Math.floor(options.ackWaitMs / 3)),
  );
  const settleAll = (messages: readonly JsMsg[], send: (message: JsMsg) => void) => {
    for (const message of messages) {
      unsettled.delete(message);
      steps.settle(message, () => send(message));
    }
  };

  const read = async () => {
    while (!signal.aborted && !options.nc.isClosed()) {
      try {
        while (waiting.length >= batchSize && !signal.aborted) {
          await taken.promise;
          taken = signalled();
        }
        if (signal.aborted) break;
        const messages = await consumer.fetch({ max_messages: batchSize, expires: FETCH_EXPIRES_MS });
        fetching = messages;
        if (signal.aborted) messages.stop();
        for await (const message of messages) {
          unsettled.add(message);
          waiting.push(message);
          arrived.resolve();
        }
      } catch (error) {
        if (signal.aborted) break;
        logger.error({ err: error, durable }, 'event consumer failed; restarting it');
        await sleep(steps.restartDelayMs, undefined, { signal }).catch(() => undefined);
      }
    }
  };

  const handle = async () => {
    while (!signal.aborted && !(readerDone && waiting.length === 0)) {
      if (waiting.length === 0) {
        await arrived.promise;
        arrived = signalled();
        // Lets the rest of what the socket brought be read first, so that it joins this batch.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      const batch = waiting.splice(0, batchSize);
      taken.resolve();
      await handleBatch(batch);
    }
  };

  const handleBatch = async (messages: JsMsg[]) => {
    const events: { message: JsMsg; event: ReceivedEvent<E> }[] = [];
    for (const message of messages) {
      const event = steps.prepare(message);
      if (event) events.push({ message, event });
      else unsettled.delete(message);
    }
    if (events.length <= 1) {
      for (const { message, event } of events) {
        await steps.handleOne(message, event);
        unsettled.delete(message);
      }
      return;
    }
    let duplicates = 0;
    try {
      await options.transaction(async (tx) => {
        const recorded = await tx.$queryRawUnsafe<{ event_id: string }[]>(
          `INSERT INTO inbox_events (consumer, event_id) SELECT $1, unnest($2::uuid[])
           ON CONFLICT DO NOTHING RETURNING event_id::text AS event_id`,
          durable,
          events.map(({ event }) => event.id),
        );
        const fresh = new Set(recorded.map((row) => row.event_id));
        duplicates = 0;
        // In stream order, one after another: a later event of an entity sees what an earlier one wrote.
        for (const { event } of events) {
          // Deleted once handled, so a second copy of an id within the batch counts as a duplicate.
          if (!fresh.delete(event.id.toLowerCase())) {
            duplicates += 1;
            continue;
          }
          await steps.inSpan(event, () => options.handle(event, tx));
        }
      });
    } catch (error) {
      logger.warn(
        { err: error, durable, events: events.length },
        'a batch of events failed; handling them one at a time',
      );
      for (const { message, event } of events) {
        await steps.handleOne(message, event);
        unsettled.delete(message);
      }
      return;
    }
    if (duplicates > 0) inboxDuplicates.inc({ durable }, duplicates);
    settleAll(
      events.map(({ message }) => message),
      (message) => message.ack(),
    );
  };

  try {
    const reading = read().finally(() => {
      readerDone = true;
      arrived.resolve();
    });
    await Promise.all([reading, handle()]);
  } finally {
    clearInterval(heartbeat);
    signal.removeEventListener('abort', onAbort);
    // Delivered here and not handled: back to the stream at once, for another replica or the next start.
    settleAll([...unsettled], (message) => message.nak());
  }
}

/** A promise and the function that resolves it (Promise.withResolvers is Node 22's). */
function signalled(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
