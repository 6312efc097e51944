import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import type { EventInput } from '@atrium/proto';
import { eventually } from '@atrium/testing';

import { answering, startConsumer, type ChangeAndAnswer, type EventEnvelope, type SqlExecutor } from '../src';
import { inTransaction, publishEnvelope, setUpHarness, type Harness } from './support';

// The purge participants' own tests (services/billing, services/campaigns) check their part of the
// client purge saga; these check what each of them relies on here: the inbox row, the change and the
// answer commit together.
const DURABLE = 'billing-tenancy';
const REQUESTED = 'atrium.tenancy.v1.client.deletion_requested' as const;
type Requested = typeof REQUESTED;

let harness: Harness;
const running: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  harness = await setUpHarness('events_answer');
  await harness.pool.query('CREATE TABLE held (client_id uuid NOT NULL, what text NOT NULL)');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
});

afterAll(async () => {
  await harness?.tearDown();
});

function deletionRequested(clientId: string, agencyId = randomUUID()): EventEnvelope<EventInput<Requested>> {
  return {
    id: randomUUID(),
    type: REQUESTED,
    source: '/atrium/tenancy',
    subject: `agencies/${agencyId}/clients/${clientId}`,
    time: new Date().toISOString(),
    data: { agencyId, clientId, requestedBy: randomUUID(), participants: ['billing'] },
  };
}

/** Deletes the client's rows of `held` and answers client.purged, as a purge participant does. */
const purgeHeld: ChangeAndAnswer<SqlExecutor, Requested> = async (event, tx) => {
  const { agencyId, clientId } = event.data;
  await tx.$executeRawUnsafe('DELETE FROM held WHERE client_id = $1', clientId);
  return {
    type: 'atrium.billing.v1.client.purged',
    subject: event.subject,
    data: { agencyId, clientId, service: 'billing' },
  };
};

async function consume(change: ChangeAndAnswer<SqlExecutor, Requested>): Promise<void> {
  running.push(
    await startConsumer<SqlExecutor, Requested>({
      nc: harness.nc,
      namespace: harness.namespace,
      logger: harness.logger,
      service: 'tenancy',
      durable: DURABLE,
      eventTypes: [REQUESTED],
      transaction: (work) => inTransaction(harness.pool, work),
      handle: answering('/atrium/billing', change),
      backoffMs: [50],
    }),
  );
}

async function answers(): Promise<Array<{ type: string; source: string; data: Record<string, unknown> }>> {
  return (await harness.pool.query('SELECT type, source, data FROM outbox_events ORDER BY created_at')).rows;
}

async function settled(): Promise<void> {
  const jsm = await jetstreamManager(harness.nc);
  const { state } = await jsm.streams.info(harness.stream);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, DURABLE);
      return info.ack_floor.stream_seq >= state.last_seq && info.num_ack_pending === 0 ? true : undefined;
    },
    20000,
    'the consumer to settle the stream',
  );
}

test('changes the database and answers once, however often the event comes', async () => {
  const gone = randomUUID();
  const kept = randomUUID();
  await harness.pool.query(`INSERT INTO held VALUES ($1, 'invoice'), ($1, 'card'), ($2, 'invoice')`, [
    gone,
    kept,
  ]);
  const request = deletionRequested(gone);
  await publishEnvelope(harness, request, 'first');
  await publishEnvelope(harness, request, 'again');
  await consume(purgeHeld);
  await settled();

  expect((await harness.pool.query('SELECT client_id FROM held')).rows).toEqual([{ client_id: kept }]);
  expect(await answers()).toEqual([
    {
      type: 'atrium.billing.v1.client.purged',
      source: '/atrium/billing',
      data: { agencyId: request.data.agencyId, clientId: gone, service: 'billing' },
    },
  ]);
});

test('answers nothing when the change fails, and changes and answers on the retry', async () => {
  await harness.reset();
  const client = randomUUID();
  await harness.pool.query(`INSERT INTO held VALUES ($1, 'invoice')`, [client]);
  let attempts = 0;
  await publishEnvelope(harness, deletionRequested(client), randomUUID());
  await consume(async (event, tx) => {
    const answer = await purgeHeld(event, tx);
    attempts += 1;
    if (attempts === 1) throw new Error('the database hiccuped');
    return answer;
  });
  await settled();
  expect(attempts).toBe(2);
  expect((await harness.pool.query('SELECT 1 FROM held WHERE client_id = $1', [client])).rows).toEqual([]);
  expect((await answers()).map((answer) => answer.data.clientId)).toEqual([client]);
});

test('commits the change without an answer when the handler gives none', async () => {
  await harness.reset();
  const client = randomUUID();
  await harness.pool.query(`INSERT INTO held VALUES ($1, 'invoice')`, [client]);
  await publishEnvelope(harness, deletionRequested(client), randomUUID());
  await consume(async (event, tx) => {
    await purgeHeld(event, tx);
    return undefined;
  });
  await settled();
  expect((await harness.pool.query('SELECT 1 FROM held WHERE client_id = $1', [client])).rows).toEqual([]);
  expect(await answers()).toEqual([]);
});
