import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client as PgClient } from 'pg';
import { eventually } from '@atrium/testing';
import { callGateway, platformForTests, type Answer } from '../e2e/platform';
import { createClient, expectStatus, signUpAgency, type NewAgency } from '../e2e/fixture';
import { deliveriesById, readStreamDurably, type DurableEvents } from './durable-events';
import { recordFigures } from './figures';
import { countBy, killRepeatedly, tally } from './repeated-kills';
import { positiveSetting } from './traffic';

/**
 * Billing SIGKILLed mid credit transfer, again and again, while writers move credits between an agency
 * and its clients through the gateway, and restarted after each kill (docs/reliability.md, "Billing
 * killed mid-transfer"). A transfer that got no answer is sent again with its Idempotency-Key until it
 * answers, as a careful client does. A movement, its entries, both balances and its outbox row are one
 * transaction, and the key is billing's own (docs/billing.md "Idempotency"), so a kill leaves all or
 * none of them and a retry answers the movement the cut-off attempt made: no credit lost or doubled.
 */

const KILLS = positiveSetting('FAULTS_KILLS', 20);
const WRITERS = 4;
const CLIENTS = 6;
const BOUGHT = 100_000;
const OPENING_BALANCE = 100;
/** One key in four that answered 2xx is sent once more, to see the gateway replay the same movement. */
const REPLAY_SHARE = 0.25;
/** How long a writer keeps retrying one key before it gives up on an answer. */
const KEY_PATIENCE_MS = 90_000;
const TRANSFERRED = 'atrium.billing.v1.credits.transferred';
const RETRYABLE = new Set([0, 502, 503, 504]);

// Writes run for minutes on a loaded machine: the owner's token must outlive them.
const e2e = platformForTests({ env: { ACCESS_TOKEN_TTL_SECONDS: '3600' } });

interface Transfer {
  amount: number;
  direction: 'to_client' | 'to_agency';
}

interface Attempt {
  sentAt: number;
  status: number;
  code?: string;
  movementId?: string;
  body?: unknown;
  replayed: boolean;
}

/** Everything one Idempotency-Key was answered, in order. */
interface KeyRecord {
  key: string;
  clientId: string;
  transfer: Transfer;
  attempts: Attempt[];
  /** A second send after it answered 2xx, which the gateway's store should answer. */
  replay?: Attempt;
}

let agency: NewAgency;
let clientIds: string[];
let events: DurableEvents;
let billingDb: PgClient;

const records: KeyRecord[] = [];

async function send(record: KeyRecord): Promise<Attempt> {
  const sentAt = Date.now();
  const answer: Pick<Answer, 'status' | 'body'> & { headers?: Headers } = await callGateway(
    e2e.platform,
    'POST',
    `/v1/clients/${record.clientId}/credits/transfers`,
    {
      token: agency.owner.accessToken,
      headers: { 'idempotency-key': record.key },
      body: record.transfer,
    },
  ).catch(() => ({ status: 0, body: undefined }));
  return {
    sentAt,
    status: answer.status,
    code: answer.body?.code,
    movementId: answer.body?.movementId,
    body: answer.body,
    replayed: answer.headers?.get('idempotent-replayed') === 'true',
  };
}

/** Did the request not get an answer, so that the careful client sends it again? */
function cutOff(attempt: Attempt): boolean {
  // 409 conflict is the gateway's "this key is still being handled", with Retry-After.
  return RETRYABLE.has(attempt.status) || (attempt.status === 409 && attempt.code === 'conflict');
}

/** Sends one transfer under one key until it answers, backing off while billing is away. */
async function transferOnce(record: KeyRecord): Promise<Attempt> {
  const patience = Date.now() + KEY_PATIENCE_MS;
  for (let pause = 50; ; pause = Math.min(pause * 2, 1000)) {
    const attempt = await send(record);
    record.attempts.push(attempt);
    if (!cutOff(attempt) || Date.now() > patience) return attempt;
    await sleep(pause);
  }
}

async function writeUntil(writer: number, done: () => boolean): Promise<void> {
  for (let sequence = 0; !done(); sequence += 1) {
    const record: KeyRecord = {
      key: `billing-killed-w${writer}-${sequence}-${randomUUID()}`,
      clientId: clientIds[Math.floor(Math.random() * clientIds.length)]!,
      transfer: {
        amount: 1 + Math.floor(Math.random() * 3),
        direction: Math.random() < 0.5 ? 'to_client' : 'to_agency',
      },
      attempts: [],
    };
    records.push(record);
    const answer = await transferOnce(record);
    if (answer.status === 201 && Math.random() < REPLAY_SHARE) record.replay = await send(record);
  }
}

beforeAll(async () => {
  const { platform } = e2e;
  agency = await signUpAgency(platform, { label: 'ledger', agencyName: 'Killed Ledger Agency' });
  const token = agency.owner.accessToken;
  await expectStatus(
    callGateway(platform, 'PUT', '/v1/agency/payment-method', { token, body: { token: 'pm_card_visa' } }),
    200,
    'saving the sandbox card',
  );
  await expectStatus(
    callGateway(platform, 'POST', '/v1/agency/credits/purchases', {
      token,
      headers: { 'idempotency-key': randomUUID() },
      body: { quantity: BOUGHT },
    }),
    201,
    'buying credits',
  );
  clientIds = [];
  for (let index = 1; index <= CLIENTS; index += 1)
    clientIds.push((await createClient(platform, agency, { name: `Ledger Client ${index}` })).id);
  billingDb = new PgClient({ connectionString: platform.databaseUrl('billing') });
  // The platform's shutdown drops the database under this connection before afterAll ends it.
  billingDb.on('error', () => undefined);
  await billingDb.connect();
  // Billing learns of each client from tenancy's events; a transfer to one it has not heard of is 404.
  await eventually(
    async () => {
      const known = await billingDb.query(`SELECT 1 FROM clients WHERE id = ANY($1::uuid[])`, [clientIds]);
      return known.rowCount === CLIENTS ? true : undefined;
    },
    30_000,
    'billing to know every client',
  );
  events = await readStreamDurably(platform.natsUrl, platform.namespace, 'billing');
  // Each client starts with credits to give back, through the same recorded path as the run's writes.
  for (const clientId of clientIds) {
    const record: KeyRecord = {
      key: `billing-killed-opening-${clientId}`,
      clientId,
      transfer: { amount: OPENING_BALANCE, direction: 'to_client' },
      attempts: [],
    };
    records.push(record);
    expect((await transferOnce(record)).status).toBe(201);
  }
});

afterAll(async () => {
  await events?.stop();
  await billingDb?.end();
});

interface MovementRow {
  id: string;
  key: string;
  kind: string;
  clientId: string | null;
  createdAt: Date;
}

interface EntryRow {
  movementId: string;
  debitKind: string | null;
  creditKind: string | null;
  debitClientId: string | null;
  creditClientId: string | null;
  amount: string;
}

test(`billing SIGKILLed ${KILLS} times mid-transfer loses no credit, doubles none, leaves nothing half-done`, async () => {
  const { platform } = e2e;
  let writing = true;
  const writers = Promise.all(
    Array.from({ length: WRITERS }, (_, writer) => writeUntil(writer, () => !writing)),
  );
  const moved = () =>
    records.filter((record) => record.attempts.some((attempt) => attempt.status === 201)).length;
  const recoveries = await killRepeatedly({
    platform,
    backend: 'billing',
    kills: KILLS,
    successes: moved,
    write: 'a credit transfer',
  });
  await sleep(1000);
  writing = false;
  await writers;

  // Every outbox row relayed, then every relayed row read by our consumer, before anything is counted;
  // a row never relayed shows below as a lost event.
  await eventually(
    async () => {
      const pending = await billingDb.query(`SELECT 1 FROM outbox_events WHERE published_at IS NULL`);
      return pending.rowCount === 0 ? true : undefined;
    },
    30_000,
    'the billing outbox to drain',
  ).catch(() => undefined);
  const outbox = (
    await billingDb.query<{ id: string; movementId: string }>(
      `SELECT id, data->>'movementId' AS "movementId" FROM outbox_events WHERE type = $1`,
      [TRANSFERRED],
    )
  ).rows;
  await eventually(
    async () => {
      const ids = new Set(events.received.map((event) => event.id));
      return outbox.every((row) => ids.has(row.id)) ? true : undefined;
    },
    30_000,
    'every credits.transferred outbox row on the stream',
    // Counted below as lost events rather than failing here without figures.
  ).catch(() => undefined);
  // A redelivery would come after the first delivery: give it a moment to show.
  await sleep(1000);

  const movements = (
    await billingDb.query<MovementRow>(
      `SELECT id, idempotency_key AS key, kind, client_id AS "clientId", created_at AS "createdAt"
         FROM credit_movements WHERE agency_id = $1`,
      [agency.agency.id],
    )
  ).rows;
  const entries = (
    await billingDb.query<EntryRow>(
      `SELECT e.movement_id AS "movementId", d.kind AS "debitKind", c.kind AS "creditKind",
              d.client_id AS "debitClientId", c.client_id AS "creditClientId", e.amount::text AS amount
         FROM credit_entries e
         LEFT JOIN credit_accounts d ON d.id = e.debit_account_id
         LEFT JOIN credit_accounts c ON c.id = e.credit_account_id`,
    )
  ).rows;
  // docs/billing.md "Entries and movements": at every commit balance = Σ entries in − Σ entries out.
  const balanceMismatches = (
    await billingDb.query(
      `SELECT a.id FROM credit_accounts a
         LEFT JOIN (SELECT credit_account_id AS id, sum(amount) AS n FROM credit_entries GROUP BY 1) sum_in USING (id)
         LEFT JOIN (SELECT debit_account_id AS id, sum(amount) AS n FROM credit_entries GROUP BY 1) sum_out USING (id)
        WHERE a.balance <> COALESCE(sum_in.n, 0) - COALESCE(sum_out.n, 0)`,
    )
  ).rowCount!;
  const [{ total }] = (
    await billingDb.query<{ total: string }>(
      `SELECT COALESCE(sum(balance), 0)::text AS total FROM credit_accounts`,
    )
  ).rows as [{ total: string }];
  const overdrafts = (
    await billingDb.query(`SELECT 1 FROM credit_accounts WHERE kind <> 'issued' AND balance < 0`)
  ).rowCount!;

  const movementsByKey = new Map<string, MovementRow[]>();
  for (const movement of movements)
    movementsByKey.set(movement.key, [...(movementsByKey.get(movement.key) ?? []), movement]);
  const movementIds = new Set(movements.map((movement) => movement.id));
  const entriesByMovement = new Map<string, EntryRow[]>();
  for (const entry of entries)
    entriesByMovement.set(entry.movementId, [...(entriesByMovement.get(entry.movementId) ?? []), entry]);
  const outboxByMovement = countBy(outbox.map((row) => row.movementId));
  const recordsByKey = new Map(records.map((record) => [record.key, record]));

  const moves = (record: KeyRecord) => record.attempts.filter((attempt) => attempt.status === 201);
  const answered2xx = records.filter((record) => moves(record).length > 0);
  // A 2xx whose movement is not there under its key, or whose answers name different movements.
  const lostWrites = answered2xx.filter((record) => {
    const found = movementsByKey.get(record.key) ?? [];
    return !moves(record).every((attempt) => found.some((movement) => movement.id === attempt.movementId));
  }).length;
  const doubledMovements =
    [...movementsByKey.values()].filter((found) => found.length > 1).length +
    answered2xx.filter((record) => new Set(moves(record).map((attempt) => attempt.movementId)).size > 1)
      .length;
  // The gateway keeps a 2xx answer for its key and replays it, saying so, without asking billing.
  const replays = records.filter((record) => record.replay);
  const replaysAnsweredOtherwise = replays.filter(
    (record) =>
      record.replay!.status !== 201 ||
      !record.replay!.replayed ||
      JSON.stringify(record.replay!.body) !== JSON.stringify(moves(record)[0]!.body),
  ).length;
  // A key whose first attempt was cut off yet committed: billing's own key answered the retry with it.
  const cutOffYetCommitted = answered2xx.filter((record) => {
    const movement = movementsByKey.get(record.key)?.[0];
    const answeredBy = record.attempts.find((attempt) => attempt.status === 201)!;
    return (
      movement !== undefined &&
      answeredBy !== record.attempts[0] &&
      movement.createdAt.getTime() < answeredBy.sentAt
    );
  }).length;

  const transfers = movements.filter((movement) => movement.kind === 'transfer');
  // A transfer movement no 2xx answered: "uncertain that happened" when its key never got an answer at
  // all (the writer gave up retrying it); otherwise credits moved that the caller was told did not.
  const unanswered = transfers.filter((movement) => {
    const record = recordsByKey.get(movement.key);
    return !record || moves(record).length === 0;
  });
  const neverAnswered = (movement: MovementRow) => {
    const record = recordsByKey.get(movement.key);
    return record !== undefined && cutOff(record.attempts[record.attempts.length - 1]!);
  };
  const uncertainHappened = unanswered.filter(neverAnswered).length;
  const movementsWithoutAnswer = unanswered.length - uncertainHappened;

  // Half-done: entries without their movement; a movement without its entries; a transfer without
  // exactly the one entry its key asked for, or without exactly one outbox row; an outbox row without
  // its movement.
  const entryMatches = (movement: MovementRow, entry: EntryRow) => {
    const record = recordsByKey.get(movement.key);
    if (!record) return false;
    const [from, to] =
      record.transfer.direction === 'to_client' ? ['agency', 'client'] : ['client', 'agency'];
    const clientSide = from === 'client' ? entry.debitClientId : entry.creditClientId;
    return (
      entry.debitKind === from &&
      entry.creditKind === to &&
      clientSide === record.clientId &&
      Number(entry.amount) === record.transfer.amount
    );
  };
  const halfDone =
    entries.filter((entry) => !movementIds.has(entry.movementId)).length +
    movements.filter((movement) => !entriesByMovement.has(movement.id)).length +
    transfers.filter((movement) => {
      const written = entriesByMovement.get(movement.id) ?? [];
      return (
        written.length !== 1 ||
        !entryMatches(movement, written[0]!) ||
        outboxByMovement.get(movement.id) !== 1
      );
    }).length +
    [...outboxByMovement.keys()].filter((id) => !movementIds.has(id)).length;

  const { duplicates: redelivered, byId } = deliveriesById(
    events.received.filter((event) => event.type === TRANSFERRED),
  );
  const eventsByMovement = countBy([...byId.values()].map((event) => String(event.data.movementId)));
  const lostEvents = transfers.filter((movement) => !eventsByMovement.has(movement.id)).length;
  const eventsWithoutMovement = [...eventsByMovement.keys()].filter((id) => !movementIds.has(id)).length;
  // Two ids for one movement is a second publish; one id delivered twice is a redelivery our acks missed.
  const duplicateEvents =
    redelivered + [...eventsByMovement.values()].reduce((sum, seen) => sum + Math.max(0, seen - 1), 0);

  const attempts = records.flatMap((record) => record.attempts);
  const finals = records.map((record) => record.attempts[record.attempts.length - 1]!);
  const refused = finals.filter(
    (attempt) => attempt.status === 409 && attempt.code === 'insufficient_credits',
  );
  const unexpected = [...attempts, ...replays.map((record) => record.replay!)].filter(
    (attempt) =>
      attempt.status !== 201 &&
      !cutOff(attempt) &&
      !(attempt.status === 409 && attempt.code === 'insufficient_credits'),
  );
  const notConserved = BigInt(total) === 0n ? 0 : 1;
  const passed =
    unexpected.length === 0 &&
    lostWrites === 0 &&
    doubledMovements === 0 &&
    replaysAnsweredOtherwise === 0 &&
    movementsWithoutAnswer === 0 &&
    halfDone === 0 &&
    balanceMismatches + notConserved === 0 &&
    overdrafts === 0 &&
    lostEvents === 0 &&
    eventsWithoutMovement === 0 &&
    duplicateEvents === 0;
  recordFigures({
    scenario: 'billing-killed',
    title: `billing SIGKILLed ${KILLS} times during credit transfers, restarted after each; cut-off ones retried with their key`,
    figures: {
      kills: KILLS,
      'max s from restart to a 2xx transfer': (Math.max(0, ...recoveries) / 1000).toFixed(1),
      'transfers sent (keys)': records.length,
      'requests sent': attempts.length + replays.length,
      '2xx': answered2xx.length,
      'refused (insufficient_credits)': refused.length,
      'retried (keys)': records.filter((record) => record.attempts.length > 1).length,
      'failed by status': tally(attempts.filter(cutOff).map((attempt) => String(attempt.status))),
      'cut off yet committed, answered on retry': cutOffYetCommitted,
      'replayed by the gateway': `${replays.length - replaysAnsweredOtherwise}/${replays.length}`,
      'uncertain that happened': uncertainHappened,
      'lost writes': lostWrites,
      'doubled movements': doubledMovements,
      'movements without a 2xx': movementsWithoutAnswer,
      'half-done': halfDone,
      'balance mismatches': balanceMismatches + notConserved,
      overdrafts,
      'lost events': lostEvents,
      'events without a movement': eventsWithoutMovement,
      'duplicate events': duplicateEvents,
    },
    passed,
  });
  expect(unexpected.map(({ status, code }) => ({ status, code }))).toEqual([]);
  expect(answered2xx.length).toBeGreaterThan(CLIENTS);
  expect({
    lostWrites,
    doubledMovements,
    replaysAnsweredOtherwise,
    movementsWithoutAnswer,
    halfDone,
    balanceMismatches,
    total,
    overdrafts,
    lostEvents,
    eventsWithoutMovement,
    duplicateEvents,
  }).toEqual({
    lostWrites: 0,
    doubledMovements: 0,
    replaysAnsweredOtherwise: 0,
    movementsWithoutAnswer: 0,
    halfDone: 0,
    balanceMismatches: 0,
    total: '0',
    overdrafts: 0,
    lostEvents: 0,
    eventsWithoutMovement: 0,
    duplicateEvents: 0,
  });
});
