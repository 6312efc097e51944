import { jetstream, jetstreamManager, type StoredMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import pg from 'pg';
import { createLogger, type Logger } from '@atrium/logger';
import type { EventInput } from '@atrium/proto';
import { createTestDatabase, getTestServers, testNamespace, type TestDatabase } from '@atrium/testing';

import {
  connectNats,
  deleteStreams,
  ensureStream,
  EVENTS_TABLES_SQL,
  pgExecutor,
  streamOf,
  subjectOf,
  type EventEnvelope,
  type NatsConnection,
  type SqlExecutor,
} from '../src';

export const CLIENT_CREATED = 'atrium.tenancy.v1.client.created';
export const SOURCE = '/atrium/tenancy';

/** A database with the events tables, a NATS connection and the tenancy stream, all of this file's own. */
export interface Harness {
  db: TestDatabase;
  pool: pg.Pool;
  nc: NatsConnection;
  namespace: string;
  stream: string;
  logger: Logger;
  /** Empties the stream and the events tables between tests. */
  reset(): Promise<void>;
  tearDown(): Promise<void>;
}

export async function setUpHarness(label: string): Promise<Harness> {
  const { natsUrl } = await getTestServers();
  const db = await createTestDatabase(label);
  const pool = new pg.Pool({ connectionString: db.url });
  // Dropping the database at tear-down ends connections a stopping consumer may still hold; the
  // pool reports that as an 'error' event, which must not fail the suite.
  pool.on('error', () => undefined);
  await pool.query(EVENTS_TABLES_SQL);
  const logger = createLogger('events-test', 'silent');
  const namespace = testNamespace();
  const nc = await connectNats({ servers: natsUrl, name: `events-test-${label}`, logger });
  await ensureStream(nc, 'tenancy', namespace);
  const stream = streamOf('tenancy', namespace).name;
  return {
    db,
    pool,
    nc,
    namespace,
    stream,
    logger,
    async reset() {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.purge(stream);
      await pool.query('TRUNCATE outbox_events, inbox_events');
    },
    async tearDown() {
      await deleteStreams(nc, namespace);
      await nc.drain();
      await pool.end();
      await db.drop();
    },
  };
}

/** Runs work in a transaction on one pooled connection; rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(pgExecutor(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export function clientCreated(clientId: string): {
  type: typeof CLIENT_CREATED;
  subject: string;
  data: EventInput<typeof CLIENT_CREATED>;
} {
  const agencyId = 'c0ffee00-0000-4000-8000-000000000001';
  return {
    type: CLIENT_CREATED,
    subject: `agencies/${agencyId}/clients/${clientId}`,
    data: { agencyId, clientId, name: `Client ${clientId}`, ownerId: 'c0ffee00-0000-4000-8000-000000000002' },
  };
}

/** Every message the stream holds, in stream order. */
export async function streamMessages(harness: Harness): Promise<StoredMsg[]> {
  const jsm = await jetstreamManager(harness.nc);
  const { state } = await jsm.streams.info(harness.stream);
  const messages: StoredMsg[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(harness.stream, { seq });
    if (message) messages.push(message);
  }
  return messages;
}

export async function pendingRows(harness: Harness): Promise<number> {
  const { rows } = await harness.pool.query<{ count: string }>(
    'SELECT count(*) FROM outbox_events WHERE published_at IS NULL',
  );
  return Number(rows[0]?.count);
}

/** Publishes an envelope the way the relay does, with a message id of the caller's choosing. */
export async function publishEnvelope(harness: Harness, event: EventEnvelope, msgID: string): Promise<void> {
  const h = headers();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', event.id);
  h.set('ce-type', event.type);
  h.set('ce-source', event.source);
  h.set('ce-time', event.time);
  h.set('ce-subject', event.subject);
  h.set('content-type', 'application/json');
  if (event.traceparent) h.set('traceparent', event.traceparent);
  if (event.requestId) h.set('x-request-id', event.requestId);
  await jetstream(harness.nc).publish(subjectOf(event.type, harness.namespace), JSON.stringify(event.data), {
    msgID,
    headers: h,
  });
}
