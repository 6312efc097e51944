import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import {
  context as otelContext,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import pg from 'pg';
import { createPool } from '@atrium/db';
import { activeTraceparent, type Logger } from '@atrium/logger';

import { outboxes, type OutboxReading } from './metrics';
import { subjectOf } from './naming';
import { OUTBOX_CHANNEL } from './outbox';

export interface OutboxRelayOptions {
  databaseUrl: string;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
  /** Rows published per transaction; default 100. */
  batchSize?: number;
  /** How often pending rows are looked for without a notification; default 5 s. */
  pollIntervalMs?: number;
}

interface OutboxRow {
  id: string;
  type: string;
  source: string;
  subject: string;
  data: unknown;
  traceparent: string | null;
  request_id: string | null;
  created_at: Date;
}

const LISTEN_RETRY_MIN_MS = 1000;
/** A row younger than this is published as a child of its request's span; an older one, linked. */
const CHILD_WINDOW_MS = 60_000;
const tracer = trace.getTracer('@atrium/events');
const LISTEN_RETRY_MAX_MS = 30000;

/**
 * Publishes committed outbox rows to JetStream. Any number of replicas may run: each batch locks its rows
 * with SKIP LOCKED, so replicas share the work and never publish the same row at once. A row is marked
 * published only after JetStream acknowledged it; anything that goes wrong in between leaves it pending
 * for the next attempt, and the event id as Nats-Msg-Id lets JetStream drop the repeat.
 *
 * It wakes on NOTIFY from enqueueEvent for low latency, and polls as a safety net for notifications
 * missed while its listening connection was down and for rows left pending by a NATS outage.
 */
export class OutboxRelay {
  private readonly pool: pg.Pool;
  private readonly js: JetStreamClient;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private listener: pg.Client | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private relistening: Promise<void> | undefined;
  private listenRetryMs = LISTEN_RETRY_MIN_MS;
  private draining: Promise<void> | undefined;
  private wokenWhileDraining = false;
  private stopped = false;
  private readonly reading = () => this.pendingNow();

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 5000;
    // Batches of one relay run one after another on one connection; the second serves /metrics, so a
    // scrape never waits for a batch.
    this.pool = createPool(options.databaseUrl, {
      max: 2,
      applicationName: 'outbox-relay',
      onError: (error) => options.logger.warn({ err: error }, 'outbox relay database connection failed'),
    });
    this.js = jetstream(options.nc);
  }

  /** Listens for new events, starts polling and publishes whatever is already pending. */
  async start(): Promise<void> {
    await this.listen();
    outboxes.add(this.reading);
    this.pollTimer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.wake();
  }

  /** Publishes one batch of pending rows in order; resolves to how many were published. */
  async relayOnce(): Promise<number> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, type, source, subject, data, traceparent, request_id, created_at
           FROM outbox_events
          WHERE published_at IS NULL
          ORDER BY created_at, id
          LIMIT $1
            FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      // One at a time, awaiting each PubAck, so the stream holds them in the order they were enqueued.
      for (const row of rows) await this.publish(row);
      if (rows.length > 0) {
        await client.query('UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::uuid[])', [
          rows.map((row) => row.id),
        ]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Stops listening and polling, lets a batch in flight finish, and closes its database connections. */
  async stop(): Promise<void> {
    this.stopped = true;
    outboxes.delete(this.reading);
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    await Promise.all([this.draining, this.relistening]);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  /** What is pending now, for /metrics (atrium_outbox_*): one look at the pending rows' partial index. */
  async pendingNow(): Promise<OutboxReading> {
    const { rows } = await this.pool.query<{ pending: number; oldest_age_seconds: number }>(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest_age_seconds
         FROM outbox_events
        WHERE published_at IS NULL`,
    );
    const row = rows[0]!;
    return { pending: row.pending, oldestAgeSeconds: Math.max(0, row.oldest_age_seconds) };
  }

  /**
   * Publishes in a PRODUCER span: a child of the request's span stored with the row when the row is
   * fresh (the relay woke on its commit), else the root of a new trace linked to it (a catch-up after
   * an outage, long after the request ended). The message's traceparent is that span's.
   */
  private async publish(row: OutboxRow): Promise<void> {
    const stored = row.traceparent
      ? trace.getSpanContext(propagation.extract(ROOT_CONTEXT, { traceparent: row.traceparent }))
      : undefined;
    const fresh = Date.now() - row.created_at.getTime() <= CHILD_WINDOW_MS;
    const parent = stored && fresh ? trace.setSpanContext(ROOT_CONTEXT, stored) : ROOT_CONTEXT;
    const span = tracer.startSpan(
      `${row.type} publish`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'nats',
          'messaging.message.id': row.id,
          'atrium.event.type': row.type,
        },
        ...(stored && !fresh ? { links: [{ context: stored }] } : {}),
      },
      parent,
    );
    try {
      await otelContext.with(trace.setSpan(parent, span), () => this.publishInSpan(row));
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  }

  private async publishInSpan(row: OutboxRow): Promise<void> {
    const h = headers();
    h.set('ce-specversion', '1.0');
    h.set('ce-id', row.id);
    h.set('ce-type', row.type);
    h.set('ce-source', row.source);
    h.set('ce-time', row.created_at.toISOString());
    h.set('ce-subject', row.subject);
    h.set('content-type', 'application/json');
    // The publish span's context when the SDK is on; the stored one as it was otherwise.
    const traceparent = activeTraceparent() ?? row.traceparent;
    if (traceparent) h.set('traceparent', traceparent);
    if (row.request_id) h.set('x-request-id', row.request_id);
    // A PubAck with duplicate: true means an earlier attempt already stored it: success all the same.
    await this.js.publish(subjectOf(row.type, this.options.namespace), JSON.stringify(row.data), {
      msgID: row.id,
      headers: h,
    });
  }

  /** Runs batches until none is full; a wake-up during a run makes it look once more instead of overlapping. */
  private wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
    });
  }

  private async drain(): Promise<void> {
    let more: boolean;
    do {
      this.wokenWhileDraining = false;
      try {
        more = (await this.relayOnce()) === this.batchSize;
      } catch (error) {
        this.options.logger.warn({ err: error }, 'outbox relay could not publish; the events stay pending');
        return;
      }
    } while ((more || this.wokenWhileDraining) && !this.stopped);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.listenerLost(client, error));
    client.on('end', () => this.listenerLost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
  }

  private listenerLost(client: pg.Client, error?: Error): void {
    if (this.stopped || this.listener !== client) return;
    this.listener = undefined;
    this.options.logger.warn({ err: error }, 'outbox relay lost its LISTEN connection; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleListen();
  }

  private scheduleListen(): void {
    this.reconnectTimer = setTimeout(() => {
      this.relistening = this.relisten().finally(() => {
        this.relistening = undefined;
      });
    }, this.listenRetryMs);
    this.listenRetryMs = Math.min(this.listenRetryMs * 2, LISTEN_RETRY_MAX_MS);
  }

  private async relisten(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.listen();
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox relay could not LISTEN again; retrying');
      this.scheduleListen();
      return;
    }
    if (this.stopped) {
      await this.listener?.end().catch(() => undefined);
      return;
    }
    this.listenRetryMs = LISTEN_RETRY_MIN_MS;
    this.options.logger.info('outbox relay is listening again');
    // Notifications sent while it was away are lost; pending rows are not.
    this.wake();
  }
}
