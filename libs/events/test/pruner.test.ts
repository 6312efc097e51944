import { randomUUID } from 'node:crypto';

import { EventTablesPruner } from '../src';
import { DEFAULT_MAX_AGE_MS } from '../src/nats';
import { setUpHarness, type Harness } from './support';

const DAY_MS = 24 * 60 * 60 * 1000;
let harness: Harness;
const pruners: EventTablesPruner[] = [];

function newPruner(
  options: Partial<ConstructorParameters<typeof EventTablesPruner>[0]> = {},
): EventTablesPruner {
  const pruner = new EventTablesPruner({ databaseUrl: harness.db.url, logger: harness.logger, ...options });
  pruners.push(pruner);
  return pruner;
}

/** An outbox row created `ageDays` ago, published then unless `pending`. */
async function outboxRow(ageDays: number, pending = false): Promise<string> {
  const id = randomUUID();
  await harness.pool.query(
    `INSERT INTO outbox_events (id, type, source, subject, data, created_at, published_at)
     VALUES ($1, 'atrium.tenancy.v1.client.created', '/atrium/tenancy', 's', '{}',
             now() - make_interval(secs => $2), CASE WHEN $3 THEN NULL ELSE now() - make_interval(secs => $2) END)`,
    [id, (ageDays * DAY_MS) / 1000, pending],
  );
  return id;
}

async function inboxRow(ageDays: number): Promise<string> {
  const id = randomUUID();
  await harness.pool.query(
    `INSERT INTO inbox_events (consumer, event_id, handled_at) VALUES ('c', $1, now() - make_interval(secs => $2))`,
    [id, (ageDays * DAY_MS) / 1000],
  );
  return id;
}

async function remaining(table: 'outbox_events' | 'inbox_events'): Promise<string[]> {
  const column = table === 'outbox_events' ? 'id' : 'event_id';
  const { rows } = await harness.pool.query<{ id: string }>(`SELECT ${column} AS id FROM ${table}`);
  return rows.map((row) => row.id).sort();
}

beforeAll(async () => {
  harness = await setUpHarness('events_pruner');
});

afterEach(async () => {
  await Promise.all(pruners.splice(0).map((pruner) => pruner.stop()));
  await harness.reset();
});

afterAll(async () => {
  await harness?.tearDown();
});

it('deletes published outbox rows past their retention and never a pending one', async () => {
  const old = await outboxRow(8);
  const recent = await outboxRow(6);
  const oldButPending = await outboxRow(30, true);
  expect(await newPruner().pruneOnce()).toEqual({ outbox: 1, inbox: 0 });
  expect(await remaining('outbox_events')).toEqual([recent, oldButPending].sort());
  expect(await remaining('outbox_events')).not.toContain(old);
});

it('keeps inbox rows for as long as the stream can deliver their event again', async () => {
  const streamDays = DEFAULT_MAX_AGE_MS / DAY_MS;
  const withinStream = await inboxRow(streamDays - 0.5);
  const justBeyond = await inboxRow(streamDays + 0.5);
  const gone = await inboxRow(streamDays + 1.5);
  expect(await newPruner().pruneOnce()).toEqual({ outbox: 0, inbox: 1 });
  expect(await remaining('inbox_events')).toEqual([withinStream, justBeyond].sort());
  expect(await remaining('inbox_events')).not.toContain(gone);
  expect(() => newPruner({ inboxRetentionMs: DEFAULT_MAX_AGE_MS - DAY_MS })).toThrow(/outlast the stream/);
});

it('works through a backlog batch by batch, with replicas pruning at once', async () => {
  for (let i = 0; i < 25; i++) await outboxRow(10);
  const kept = await outboxRow(1);
  const results = await Promise.all([
    newPruner({ batchSize: 4 }).pruneOnce(),
    newPruner({ batchSize: 4 }).pruneOnce(),
  ]);
  expect(results[0]!.outbox + results[1]!.outbox).toBe(25);
  expect(await remaining('outbox_events')).toEqual([kept]);
});
