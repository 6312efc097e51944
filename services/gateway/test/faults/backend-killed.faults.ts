import { setTimeout as sleep } from 'node:timers/promises';
import { Client as PgClient } from 'pg';
import { eventually } from '@atrium/testing';
import { callGateway, platformForTests } from '../e2e/platform';
import { signUpAgency, type NewAgency } from '../e2e/fixture';
import { deliveriesById, readStreamDurably, type DurableEvents } from './durable-events';
import { recordFigures } from './figures';
import { countBy, killRepeatedly, tally } from './repeated-kills';
import { positiveSetting } from './traffic';

/**
 * Tenancy SIGKILLed mid-write, again and again, while owners keep creating clients through the gateway,
 * and restarted after each kill (docs/reliability.md, "Backend killed mid-write"). A client's row, its
 * audit entry and its outbox row are written in one transaction, so a kill leaves all or none of them,
 * and the relay publishes every outbox row once: nothing half-done, no event lost, no 2xx write lost.
 */

const KILLS = positiveSetting('FAULTS_KILLS', 20);
const WRITERS = 4;
const CREATED = 'atrium.tenancy.v1.client.created';

const e2e = platformForTests();

interface Write {
  name: string;
  status: number;
  clientId?: string;
}

let agencies: NewAgency[];
let events: DurableEvents;
let tenancyDb: PgClient;

beforeAll(async () => {
  const billing = new PgClient({ connectionString: e2e.platform.databaseUrl('billing') });
  await billing.connect();
  // The default plan allows 100 clients; the run creates more, so this test database's plan has no limit.
  await billing.query(`UPDATE plans SET client_limit = NULL`);
  await billing.end();
  agencies = await Promise.all([0, 1].map(() => signUpAgency(e2e.platform, { label: 'killed' })));
  events = await readStreamDurably(e2e.platform.natsUrl, e2e.platform.namespace, 'tenancy');
  tenancyDb = new PgClient({ connectionString: e2e.platform.databaseUrl('tenancy') });
  // The platform's shutdown drops the database under this connection before afterAll ends it.
  tenancyDb.on('error', () => undefined);
  await tenancyDb.connect();
});

afterAll(async () => {
  await events?.stop();
  await tenancyDb?.end();
});

async function writeUntil(writer: number, done: () => boolean, writes: Write[]): Promise<void> {
  const agency = agencies[writer % agencies.length]!;
  for (let sequence = 0; !done(); sequence += 1) {
    const name = `Killed w${writer} #${sequence}`;
    const answer = await callGateway(e2e.platform, 'POST', '/v1/clients', {
      token: agency.owner.accessToken,
      body: { name },
    }).catch(() => ({ status: 0, body: undefined }));
    writes.push({ name, status: answer.status, clientId: answer.body?.id });
    // A down backend answers at once: pause rather than spin through the outage.
    if (answer.status !== 201) await sleep(50);
  }
}

test(`tenancy SIGKILLed ${KILLS} times mid-write loses nothing and leaves nothing half-done`, async () => {
  const { platform } = e2e;
  const writes: Write[] = [];
  let writing = true;
  const writers = Promise.all(
    Array.from({ length: WRITERS }, (_, writer) => writeUntil(writer, () => !writing, writes)),
  );
  const recoveries = await killRepeatedly({
    platform,
    backend: 'tenancy',
    kills: KILLS,
    successes: () => writes.filter((write) => write.status === 201).length,
    write: 'a client create',
  });
  // A last stretch with tenancy up, so the run ends on writes that succeed.
  await sleep(1000);
  writing = false;
  await writers;

  const agencyIds = agencies.map((agency) => agency.agency.id);
  const rows = (
    await tenancyDb.query<{ id: string; name: string }>(
      `SELECT id, name FROM clients WHERE agency_id = ANY($1::uuid[])`,
      [agencyIds],
    )
  ).rows;
  // Every outbox row relayed, then every relayed row read by our consumer, before anything is counted.
  await eventually(
    async () => {
      const pending = await tenancyDb.query(`SELECT 1 FROM outbox_events WHERE published_at IS NULL`);
      return pending.rowCount === 0 ? true : undefined;
    },
    30_000,
    'the tenancy outbox to drain',
  );
  const outbox = (
    await tenancyDb.query<{ id: string; clientId: string }>(
      `SELECT id, data->>'clientId' AS "clientId" FROM outbox_events WHERE type = $1`,
      [CREATED],
    )
  ).rows;
  await eventually(
    async () => {
      const ids = new Set(events.received.filter((event) => event.type === CREATED).map((event) => event.id));
      return outbox.every((row) => ids.has(row.id)) ? true : undefined;
    },
    30_000,
    'every client.created outbox row on the stream',
    // Counted below as lost events rather than failing here without figures.
  ).catch(() => undefined);
  // A redelivery would come after the first delivery: give it a moment to show.
  await sleep(1000);
  const audits = (
    await tenancyDb.query<{ targetId: string }>(
      `SELECT target_id AS "targetId" FROM audit_entries WHERE action = 'client.created' AND agency_id = ANY($1::uuid[])`,
      [agencyIds],
    )
  ).rows;

  const { duplicates: redelivered, byId } = deliveriesById(events.received.filter((e) => e.type === CREATED));
  const eventsByClient = new Map<string, number>();
  for (const event of byId.values()) {
    const clientId = String(event.data.clientId);
    eventsByClient.set(clientId, (eventsByClient.get(clientId) ?? 0) + 1);
  }
  const auditsByClient = countBy(audits.map((audit) => audit.targetId));
  const outboxByClient = countBy(outbox.map((row) => row.clientId));
  const clientIds = new Set(rows.map((row) => row.id));
  const rowsByName = countBy(rows.map((row) => row.name));

  // Half-done: a client without exactly one audit entry and one outbox row, or either without its client.
  const halfDone =
    rows.filter((row) => auditsByClient.get(row.id) !== 1 || outboxByClient.get(row.id) !== 1).length +
    [...auditsByClient.keys()].filter((id) => !clientIds.has(id)).length +
    [...outboxByClient.keys()].filter((id) => !clientIds.has(id)).length;
  const lostEvents = rows.filter((row) => !eventsByClient.has(row.id)).length;
  const eventsWithoutRow = [...eventsByClient.keys()].filter((id) => !clientIds.has(id)).length;
  // Two ids for one client is a second publish; one id delivered twice is a redelivery our acks missed.
  const duplicateEvents =
    redelivered + [...eventsByClient.values()].reduce((sum, seen) => sum + Math.max(0, seen - 1), 0);
  const succeeded = writes.filter((write) => write.status === 201);
  const failed = writes.filter((write) => write.status !== 201);
  const lostWrites = succeeded.filter((write) => !write.clientId || !clientIds.has(write.clientId)).length;
  const uncertainHappened = failed.filter((write) => rowsByName.has(write.name)).length;
  // A create retried behind the caller's back would leave two clients of one name.
  const doubledWrites = [...rowsByName.values()].filter((seen) => seen > 1).length;
  const unexpectedStatuses = failed.filter((write) => ![0, 502, 503, 504].includes(write.status));
  const passed =
    lostWrites === 0 &&
    halfDone === 0 &&
    lostEvents === 0 &&
    eventsWithoutRow === 0 &&
    duplicateEvents === 0 &&
    doubledWrites === 0 &&
    unexpectedStatuses.length === 0;
  recordFigures({
    scenario: 'backend-killed',
    title: `tenancy SIGKILLed ${KILLS} times during a stream of client creates, restarted after each`,
    figures: {
      kills: KILLS,
      'max s from restart to a 2xx write': (Math.max(0, ...recoveries) / 1000).toFixed(1),
      'writes sent': writes.length,
      '2xx': succeeded.length,
      failed: failed.length,
      'failed by status': tally(failed.map((write) => String(write.status))),
      'uncertain that happened': uncertainHappened,
      'lost writes': lostWrites,
      'doubled writes': doubledWrites,
      'half-done changes': halfDone,
      'lost events': lostEvents,
      'events without a row': eventsWithoutRow,
      'duplicate events': duplicateEvents,
    },
    passed,
  });
  expect(unexpectedStatuses).toEqual([]);
  expect(succeeded.length).toBeGreaterThan(0);
  expect({ lostWrites, halfDone, lostEvents, eventsWithoutRow, duplicateEvents, doubledWrites }).toEqual({
    lostWrites: 0,
    halfDone: 0,
    lostEvents: 0,
    eventsWithoutRow: 0,
    duplicateEvents: 0,
    doubledWrites: 0,
  });
});
