import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import type { EventInput } from '@atrium/proto';
import { eventually } from '@atrium/testing';

import { startClientPurgeParticipant, type EventEnvelope, type SqlExecutor } from '../src';
import { inTransaction, publishEnvelope, setUpHarness, type Harness } from './support';

let harness: Harness;
const running: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  harness = await setUpHarness('events_client_purge');
  await harness.pool.query('CREATE TABLE held (client_id uuid NOT NULL, what text NOT NULL)');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
});

afterAll(async () => {
  await harness?.tearDown();
});

function deletionRequested(
  clientId: string,
  agencyId = randomUUID(),
): EventEnvelope<EventInput<'atrium.tenancy.v1.client.deletion_requested'>> {
  return {
    id: randomUUID(),
    type: 'atrium.tenancy.v1.client.deletion_requested',
    source: '/atrium/tenancy',
    subject: `agencies/${agencyId}/clients/${clientId}`,
    time: new Date().toISOString(),
    data: { agencyId, clientId, requestedBy: randomUUID(), participants: ['billing'] },
  };
}

async function participate(purges: Parameters<typeof startClientPurgeParticipant<SqlExecutor>>[0]['purges']) {
  running.push(
    await startClientPurgeParticipant<SqlExecutor>({
      service: 'billing',
      source: '/atrium/billing',
      purgedType: 'atrium.billing.v1.client.purged',
      purges,
      nc: harness.nc,
      namespace: harness.namespace,
      logger: harness.logger,
      transaction: (work) => inTransaction(harness.pool, work),
    }),
  );
}

async function reports(): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  return (await harness.pool.query('SELECT type, data FROM outbox_events ORDER BY created_at')).rows;
}

async function settled(): Promise<void> {
  const jsm = await jetstreamManager(harness.nc);
  const { state } = await jsm.streams.info(harness.stream);
  await eventually(
    async () => {
      const info = await jsm.consumers.info(harness.stream, 'billing-tenancy');
      return info.ack_floor.stream_seq >= state.last_seq && info.num_ack_pending === 0 ? true : undefined;
    },
    20000,
    'the purge consumer to settle the stream',
  );
}

test('deletes what the service holds of the client and reports it once, however often the request comes', async () => {
  const gone = randomUUID();
  const kept = randomUUID();
  await harness.pool.query(`INSERT INTO held VALUES ($1, 'invoice'), ($1, 'card'), ($2, 'invoice')`, [
    gone,
    kept,
  ]);
  const request = deletionRequested(gone);
  await publishEnvelope(harness, request, 'first');
  await publishEnvelope(harness, request, 'again');
  await participate([
    (tx, client) => tx.$executeRawUnsafe('DELETE FROM held WHERE client_id = $1', client.clientId),
  ]);
  await settled();

  expect((await harness.pool.query('SELECT client_id FROM held')).rows).toEqual([{ client_id: kept }]);
  expect(await reports()).toEqual([
    {
      type: 'atrium.billing.v1.client.purged',
      data: { agencyId: request.data.agencyId, clientId: gone, service: 'billing' },
    },
  ]);
});

test('reports nothing when a deletion fails, and purges on the retry', async () => {
  await harness.reset();
  const client = randomUUID();
  await harness.pool.query(`INSERT INTO held VALUES ($1, 'invoice')`, [client]);
  let attempts = 0;
  await publishEnvelope(harness, deletionRequested(client), randomUUID());
  await participate([
    (tx, purged) => tx.$executeRawUnsafe('DELETE FROM held WHERE client_id = $1', purged.clientId),
    async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('the database hiccuped');
    },
  ]);
  await settled();
  expect(attempts).toBe(2);
  expect((await harness.pool.query('SELECT 1 FROM held WHERE client_id = $1', [client])).rows).toEqual([]);
  expect((await reports()).map((report) => report.data.clientId)).toEqual([client]);
});
