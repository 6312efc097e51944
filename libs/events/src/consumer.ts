import { setTimeout as sleep } from 'node:timers/promises';

import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import {
  context as otelContext,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { activeTraceparent, runWithContext, type Logger } from '@atrium/logger';
import { readEventData, type EventType } from '@atrium/proto';

import { runBatches, type BatchSteps } from './batch';
import type { EventEnvelope, ReceivedEvent } from './envelope';
import { consumers, handlerFailures, inboxDuplicates, redeliveries } from './metrics';
import { streamOf } from './naming';
import { isApiError } from './nats';
import type { SqlExecutor } from './sql';

const tracer = trace.getTracer('@atrium/events');

export interface ConsumerOptions<Tx extends SqlExecutor, E extends EventType = EventType> {
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
  /** whose stream to read, e.g. 'tenancy' */
  service: string;
  /** durable consumer name, e.g. 'notification-tenancy'; also the inbox's consumer key */
  durable: string;
  /** types handled; other events on the stream are acknowledged and skipped */
  eventTypes: readonly E[];
  /** runs work in one database transaction, e.g. `(work) => prisma.$transaction(work)` */
  transaction: (work: (tx: Tx) => Promise<void>) => Promise<void>;
  /**
   * Gets each event with its payload read by its proto message (libs/proto readEventData); a payload
   * that is not (a field of the wrong type) is logged and terminated before it gets here.
   */
  handle: (event: ReceivedEvent<E>, tx: Tx) => Promise<void>;
  /** how long the server waits for an ack before redelivering; default 30 s, longer than the handler's worst case */
  ackWaitMs?: number;
  /** redelivery delay after the nth failed delivery, the last repeating; default [1 s, 5 s, 30 s, 2 min] */
  backoffMs?: number[];
  /** deliveries before an event is given up (logged and terminated); default 10 */
  maxDeliver?: number;
  /**
   * Events handled in one transaction, at most; default 1, one event per transaction. Above 1, the
   * events that have arrived are handled in stream order in one transaction with one inbox statement
   * (libs/events/src/batch.ts), and `transaction`'s timeout must allow for that many handlers.
   */
  batchSize?: number;
}

export interface RunningConsumer {
  /**
   * Stops after the event (or batch) in hand; events delivered and not handled are given back (nak).
   * The NATS connection stays open for its owner to drain.
   */
  stop(): Promise<void>;
}

const DEFAULT_ACK_WAIT_MS = 30000;
const DEFAULT_BACKOFF_MS = [1000, 5000, 30000, 120000];
const RESTART_DELAY_MS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Handles a service's events at least once and their effects exactly once: each event's handler runs in a
 * transaction that also records the event id in inbox_events, so a redelivery finds the row and is only
 * acknowledged. A failing handler rolls back and the event comes back after a delay.
 */
export async function startConsumer<Tx extends SqlExecutor, E extends EventType = EventType>(
  options: ConsumerOptions<Tx, E>,
): Promise<RunningConsumer> {
  const stream = streamOf(options.service, options.namespace).name;
  await ensureConsumer(options);
  const consumer = await jetstream(options.nc).consumers.get(stream, options.durable);
  const reading = async () => {
    const info = await consumer.info();
    return {
      durable: options.durable,
      pending: info.num_pending,
      ackPending: info.num_ack_pending,
      redelivered: info.num_redelivered,
    };
  };
  consumers.add(reading);
  const stopping = new AbortController();
  let messages: ConsumerMessages | undefined;

  const batchSize = options.batchSize ?? 1;
  const runOneAtATime = async (): Promise<void> => {
    while (!stopping.signal.aborted && !options.nc.isClosed()) {
      try {
        // One message at a time: AckWait runs from delivery, so messages waiting in a buffer would use up
        // their time before their handler even starts, and replicas share the load more evenly.
        messages = await consumer.consume({ max_messages: 1 });
        if (stopping.signal.aborted) messages.stop();
        for await (const message of messages) await processMessage(message, options);
      } catch (error) {
        if (!stopping.signal.aborted) {
          options.logger.error(
            { err: error, durable: options.durable },
            'event consumer failed; restarting it',
          );
        }
      }
      await sleep(RESTART_DELAY_MS, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  };
  const running =
    batchSize > 1
      ? runBatches(
          consumer,
          { ...options, batchSize, ackWaitMs: options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS },
          batchSteps(options),
          stopping.signal,
        )
      : runOneAtATime();

  return {
    async stop() {
      consumers.delete(reading);
      stopping.abort();
      messages?.stop();
      await running;
    },
  };
}

async function ensureConsumer(
  options: Pick<
    ConsumerOptions<SqlExecutor, EventType>,
    'nc' | 'namespace' | 'service' | 'durable' | 'ackWaitMs' | 'maxDeliver'
  >,
): Promise<void> {
  const { name: stream, subjects } = streamOf(options.service, options.namespace);
  const wanted = {
    // NATS 2.9 takes a single filter subject; the stream's own keeps every type, and unhandled ones are
    // skipped here rather than by a consumer per type.
    filter_subject: subjects[0],
    // AckWait must exceed the handler's worst case, or the server redelivers an event that is still
    // being handled. Server-side BackOff would replace AckWait by its own delays (a 1 s first step
    // would redeliver any handler slower than 1 s), so AckWait stays long and retry delays are nak
    // delays instead (processMessage).
    ack_wait: nanos(options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS),
    max_deliver: options.maxDeliver ?? 10,
  };
  const jsm = await jetstreamManager(options.nc);
  let current;
  try {
    current = (await jsm.consumers.info(stream, options.durable)).config;
  } catch (error) {
    if (!isApiError(error, JetStreamApiCodes.ConsumerNotFound)) throw error;
    await jsm.consumers.add(stream, {
      durable_name: options.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ...wanted,
    });
    return;
  }
  const same =
    current.filter_subject === wanted.filter_subject &&
    current.ack_wait === wanted.ack_wait &&
    current.max_deliver === wanted.max_deliver;
  if (!same) await jsm.consumers.update(stream, options.durable, wanted);
}

async function processMessage<Tx extends SqlExecutor, E extends EventType>(
  message: JsMsg,
  options: ConsumerOptions<Tx, E>,
): Promise<void> {
  const event = prepareEvent(message, options);
  if (event) await handleOne(message, event, options);
}

function batchSteps<Tx extends SqlExecutor, E extends EventType>(
  options: ConsumerOptions<Tx, E>,
): BatchSteps<E> {
  return {
    prepare: (message) => prepareEvent(message, options),
    handleOne: (message, event) => handleOne(message, event, options),
    inSpan: (event, work) => handleInSpan(options.durable, event, work),
    settle: (message, send) => settle(message, options.logger, send),
    restartDelayMs: RESTART_DELAY_MS,
  };
}

/**
 * The message's event with its payload read by its proto, or undefined once the message is settled
 * here: terminated when malformed (redelivering cannot fix it), acknowledged when of a type not handled.
 */
function prepareEvent<Tx extends SqlExecutor, E extends EventType>(
  message: JsMsg,
  options: ConsumerOptions<Tx, E>,
): ReceivedEvent<E> | undefined {
  const { logger, durable } = options;
  if (message.info.deliveryCount > 1) redeliveries.inc({ durable });
  let envelope: EventEnvelope;
  try {
    envelope = envelopeOf(message);
  } catch (error) {
    // Redelivering cannot fix it.
    logger.error({ err: error, durable, streamSequence: message.seq }, 'malformed event terminated');
    settle(message, logger, () => message.term());
    return undefined;
  }
  const type = envelope.type as E;
  if (!options.eventTypes.includes(type)) {
    settle(message, logger, () => message.ack());
    return undefined;
  }
  try {
    return { ...envelope, type, data: readEventData(type, envelope.data) } as ReceivedEvent<E>;
  } catch (error) {
    // The publisher broke its proto's promise; redelivering cannot fix it either.
    logger.error(
      { err: error, durable, eventId: envelope.id, eventType: type, streamSequence: message.seq },
      'event payload is not what its proto promises; terminated',
    );
    settle(message, logger, () => message.term());
    return undefined;
  }
}

/** Handles one event in a transaction of its own with its inbox row, then acks, naks with a delay or terminates. */
async function handleOne<Tx extends SqlExecutor, E extends EventType>(
  message: JsMsg,
  event: ReceivedEvent<E>,
  options: ConsumerOptions<Tx, E>,
): Promise<void> {
  const { logger, durable } = options;
  try {
    await handleInSpan(durable, event, () =>
      options.transaction(async (tx) => {
        const recorded = await tx.$executeRawUnsafe(
          'INSERT INTO inbox_events (consumer, event_id) VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING',
          durable,
          event.id,
        );
        if (recorded === 0) {
          inboxDuplicates.inc({ durable });
          logger.debug({ durable, eventId: event.id, eventType: event.type }, 'event already handled');
          return;
        }
        await options.handle(event, tx);
      }),
    );
  } catch (error) {
    const attempt = message.info.deliveryCount;
    const maxDeliver = options.maxDeliver ?? 10;
    const context = { err: error, durable, eventId: event.id, eventType: event.type, attempt };
    if (attempt >= maxDeliver) {
      handlerFailures.inc({ durable, outcome: 'terminated' });
      logger.error(context, 'event handler failed for the last time; event terminated');
      settle(message, logger, () => message.term());
    } else {
      const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
      const delay = backoff[Math.min(attempt, backoff.length) - 1];
      handlerFailures.inc({ durable, outcome: 'retry' });
      logger.warn({ ...context, retryInMs: delay }, 'event handler failed; will retry');
      settle(message, logger, () => message.nak(delay));
    }
    return;
  }
  settle(message, logger, () => message.ack());
}

/**
 * Runs a handler in a CONSUMER span whose parent is the message's traceparent (the relay's publish
 * span), so its log lines, queries and gRPC calls join the request's trace.
 */
async function handleInSpan(
  durable: string,
  event: { id: string; type: string; requestId?: string; traceparent?: string },
  handle: () => Promise<void>,
): Promise<void> {
  const parent = event.traceparent
    ? propagation.extract(ROOT_CONTEXT, { traceparent: event.traceparent })
    : ROOT_CONTEXT;
  const span = tracer.startSpan(
    `${event.type} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'nats',
        'messaging.consumer.group.name': durable,
        'messaging.message.id': event.id,
        'atrium.event.type': event.type,
      },
    },
    parent,
  );
  try {
    await otelContext.with(trace.setSpan(parent, span), () =>
      runWithContext(
        { requestId: event.requestId, traceparent: activeTraceparent() ?? event.traceparent },
        handle,
      ),
    );
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** An ack that cannot be sent (connection closed) is not an error here: the server will redeliver. */
function settle(message: JsMsg, logger: Logger, send: () => void): void {
  try {
    send();
  } catch (error) {
    logger.warn(
      { err: error, streamSequence: message.seq },
      'could not acknowledge event; it will be redelivered',
    );
  }
}

function envelopeOf(message: JsMsg): EventEnvelope {
  const header = (name: string): string => message.headers?.get(name) ?? '';
  const id = header('ce-id');
  const type = header('ce-type');
  if (!UUID.test(id)) throw new Error(`ce-id is missing or not a uuid: "${id}"`);
  if (!type) throw new Error('ce-type is missing');
  const data: unknown = JSON.parse(message.string());
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('body is not a JSON object');
  return {
    id,
    type,
    source: header('ce-source'),
    subject: header('ce-subject'),
    time: header('ce-time') || message.time.toISOString(),
    data: data as Record<string, unknown>,
    traceparent: header('traceparent') || undefined,
    requestId: header('x-request-id') || undefined,
  };
}
