import { randomUUID } from 'node:crypto';
import { eventually, type RecordedEvent } from '@atrium/testing';
import { actorIn, clientCreated, newClient, startHarness, type Harness } from './support';

// The prospect cleanups tenancy asks for, run by campaigns in batches (docs/campaigns.md "Cleaning the
// prospect database"). The harness removes 2 prospects per batch (CLEANUP_BATCH_SIZE in
// test/support.ts), so a few prospects take several batches.
jest.setTimeout(60_000);

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('campaigns_cleanup');
});

afterAll(async () => {
  await harness?.stop();
});

type Client = ReturnType<typeof newClient>;

async function clientWithProspects(
  emails: string[],
): Promise<{ client: Client; ids: Record<string, string>; actor: ReturnType<typeof actorIn> }> {
  const client = newClient();
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
  const actor = actorIn(client, 'primary');
  const ids: Record<string, string> = {};
  for (const email of emails) {
    const { prospect } = await harness.client.CreateProspect({ clientId: client.clientId, email }, { actor });
    ids[email] = prospect!.id;
  }
  return { client, ids, actor };
}

function requestCleanup(
  client: Client,
  mode: string,
  options: { jobId?: string; eventId?: string; prospectIds?: string[] } = {},
): Promise<string> {
  const jobId = options.jobId ?? randomUUID();
  return harness
    .publishTenancyEvent(
      'atrium.tenancy.v1.prospect_cleanup.requested',
      { jobId, ...client, mode, prospectIds: options.prospectIds ?? [], requestedBy: randomUUID() },
      options.eventId ? { id: options.eventId } : {},
    )
    .then(() => jobId);
}

function eventsOf(type: string, jobId: string): RecordedEvent[] {
  return harness.events.filter((event) => event.type === type && event.data.jobId === jobId);
}

function finished(jobId: string): Promise<Record<string, unknown>> {
  return eventually(
    async () => eventsOf('atrium.campaigns.v1.prospect_cleanup.finished', jobId)[0]?.data,
    30_000,
    `prospect cleanup ${jobId} to finish`,
  );
}

async function storedEmails(client: Client, actor: ReturnType<typeof actorIn>): Promise<string[]> {
  const { prospects } = await harness.client.ListProspects({ clientId: client.clientId }, { actor });
  return prospects.map((prospect) => prospect.email).sort();
}

/** Waits for the counters event that carries these counts. */
function countersTold(clientId: string, stored: number, connected: number) {
  return eventually(
    async () => {
      const last = harness.events
        .filter(
          (event) =>
            event.type === 'atrium.campaigns.v1.client_counters.changed' && event.data.clientId === clientId,
        )
        .at(-1)?.data;
      return last?.storedProspects === String(stored) && last.connectedProspects === String(connected)
        ? true
        : undefined;
    },
    10_000,
    `counters ${stored}/${connected}`,
  );
}

const FIVE = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com'];

it('mode all removes every stored prospect of the client in batches, reports progress, and the counts follow', async () => {
  const { client, ids, actor } = await clientWithProspects(FIVE);
  const other = await clientWithProspects(['keep@example.com']);
  const { list } = await harness.client.CreateProspectList(
    { clientId: client.clientId, name: 'Leads' },
    { actor },
  );
  await harness.client.AddProspectsToList(
    { clientId: client.clientId, listId: list!.id, prospectIds: Object.values(ids) },
    { actor },
  );
  await harness.client.RecordProspectAction(
    { clientId: client.clientId, prospectId: ids['a@example.com']!, action: 'PROSPECT_ACTION_TASK_DONE' },
    { actor },
  );
  await countersTold(client.clientId, 5, 1);

  const jobId = await requestCleanup(client, 'all');

  expect(await finished(jobId)).toMatchObject({
    jobId,
    agencyId: client.agencyId,
    clientId: client.clientId,
    mode: 'all',
    deleted: '5',
    total: '5',
    succeeded: true,
    failure: '',
  });
  // The first progress event says it started, with what it matched.
  expect(eventsOf('atrium.campaigns.v1.prospect_cleanup.progressed', jobId)[0]?.data).toMatchObject({
    deleted: '0',
    total: '5',
  });
  expect(await storedEmails(client, actor)).toEqual([]);
  const { lists } = await harness.client.ListProspectLists({ clientId: client.clientId }, { actor });
  expect(lists.find((candidate) => candidate.id === list!.id)?.prospectCount).toBe(0);
  await countersTold(client.clientId, 0, 0);
  expect(await storedEmails(other.client, other.actor)).toEqual(['keep@example.com']);
  const { rows } = await harness.owner.query(
    `SELECT status, deleted::int AS deleted, total::int AS total FROM prospect_cleanup_jobs WHERE id = $1`,
    [jobId],
  );
  expect(rows).toEqual([{ status: 'succeeded', deleted: 5, total: 5 }]);
});

it('mode contacted_over_6_months removes only prospects last contacted more than six months ago', async () => {
  const { client, ids, actor } = await clientWithProspects([
    'seven-months@example.com',
    'two-years@example.com',
    'five-months@example.com',
    'never@example.com',
  ]);
  const contacted = (email: string, monthsAgo: number) => {
    const at = new Date();
    at.setUTCMonth(at.getUTCMonth() - monthsAgo);
    return harness.client.RecordProspectAction(
      {
        clientId: client.clientId,
        prospectId: ids[email]!,
        action: 'PROSPECT_ACTION_EMAIL_SENT',
        performedAt: at.toISOString(),
      },
      { actor },
    );
  };
  await contacted('seven-months@example.com', 7);
  await contacted('two-years@example.com', 24);
  await contacted('five-months@example.com', 5);
  await countersTold(client.clientId, 4, 3);

  const jobId = await requestCleanup(client, 'contacted_over_6_months');

  expect(await finished(jobId)).toMatchObject({ deleted: '2', total: '2', succeeded: true });
  expect(await storedEmails(client, actor)).toEqual(['five-months@example.com', 'never@example.com']);
  await countersTold(client.clientId, 2, 1);
});

it("mode selected removes the given stored prospects of the client only, not another client's", async () => {
  const { client, ids, actor } = await clientWithProspects(FIVE);
  const other = await clientWithProspects(['theirs@example.com']);
  await harness.client.DeleteProspect(
    { clientId: client.clientId, prospectId: ids['e@example.com']! },
    { actor },
  );
  const selected = [
    ids['a@example.com']!,
    ids['b@example.com']!,
    ids['c@example.com']!,
    // Already deleted, another client's, and no prospect at all.
    ids['e@example.com']!,
    other.ids['theirs@example.com']!,
    randomUUID(),
  ];

  const jobId = await requestCleanup(client, 'selected', { prospectIds: selected });

  expect(await finished(jobId)).toMatchObject({ deleted: '3', total: '3', succeeded: true });
  expect(await storedEmails(client, actor)).toEqual(['d@example.com']);
  expect(await storedEmails(other.client, other.actor)).toEqual(['theirs@example.com']);
  await countersTold(client.clientId, 1, 0);
});

it('runs a request delivered twice, or asked again under the same job, once', async () => {
  const { client, actor } = await clientWithProspects(FIVE);
  const jobId = randomUUID();
  const eventId = randomUUID();
  await requestCleanup(client, 'all', { jobId, eventId });
  await requestCleanup(client, 'all', { jobId, eventId });
  await requestCleanup(client, 'all', { jobId });

  expect(await finished(jobId)).toMatchObject({ deleted: '5', total: '5', succeeded: true });
  await harness.settled();
  // A later cleanup's end proves the worker went past anything a repeat could have queued.
  const later = await requestCleanup(client, 'all');
  expect(await finished(later)).toMatchObject({ deleted: '0', total: '0' });
  expect(eventsOf('atrium.campaigns.v1.prospect_cleanup.finished', jobId)).toHaveLength(1);
  expect(await storedEmails(client, actor)).toEqual([]);
});

it('resumes a job that a stopped replica left running, from its last committed batch', async () => {
  const { client, ids, actor } = await clientWithProspects(FIVE);
  // As a replica that died after one batch leaves it: running, one removed, its lease lapsed.
  const jobId = randomUUID();
  await harness.owner.query(`UPDATE prospects SET deleted_at = now() WHERE id = $1`, [ids['a@example.com']]);
  await harness.owner.query(
    `UPDATE client_prospect_counters SET stored_prospects = stored_prospects - 1, version = version + 1
      WHERE client_id = $1`,
    [client.clientId],
  );
  await harness.owner.query(
    `INSERT INTO prospect_cleanup_jobs (id, agency_id, client_id, mode, requested_by, requested_at, status,
                                        total, deleted, lease_token, lease_until)
     VALUES ($1, $2, $3, 'all', $4, now(), 'running', 5, 1, gen_random_uuid(), now() - interval '1 minute')`,
    [jobId, client.agencyId, client.clientId, randomUUID()],
  );

  expect(await finished(jobId)).toMatchObject({ deleted: '5', total: '5', succeeded: true });
  expect(await storedEmails(client, actor)).toEqual([]);
  await countersTold(client.clientId, 0, 0);
});

it('fails a job visibly, with the reason, when its batches keep failing', async () => {
  const { client, actor } = await clientWithProspects(FIVE);
  // The database refuses every deletion of this client's prospects.
  const trigger = `refuse_${client.clientId.replaceAll('-', '_')}`;
  await harness.owner.query(`
    CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$;
    CREATE TRIGGER ${trigger} BEFORE UPDATE ON prospects FOR EACH ROW
      WHEN (OLD.client_id = '${client.clientId}' AND NEW.deleted_at IS NOT NULL)
      EXECUTE FUNCTION ${trigger}();`);
  try {
    const jobId = await requestCleanup(client, 'all');

    const end = await finished(jobId);

    expect(end).toMatchObject({ deleted: '0', total: '5', succeeded: false });
    expect(end.failure).toMatch(/Gave up after 3 failed attempts: .*disk full/);
    const { rows } = await harness.owner.query(`SELECT status FROM prospect_cleanup_jobs WHERE id = $1`, [
      jobId,
    ]);
    expect(rows).toEqual([{ status: 'failed' }]);
  } finally {
    await harness.owner.query(`DROP TRIGGER ${trigger} ON prospects; DROP FUNCTION ${trigger}();`);
  }
  expect(await storedEmails(client, actor)).toHaveLength(5);
});

it('keeps the whole prospect database of a deactivated client, still counted, and still cleans it', async () => {
  const { client, ids, actor } = await clientWithProspects(FIVE);
  await harness.client.RecordProspectAction(
    {
      clientId: client.clientId,
      prospectId: ids['a@example.com']!,
      action: 'PROSPECT_ACTION_EMAIL_VALIDATED',
    },
    { actor },
  );
  await countersTold(client.clientId, 5, 1);
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.deactivated', {
    ...client,
    name: 'Blue Bottle',
    deactivatedBy: randomUUID(),
  });
  await harness.settled();
  expect(await storedEmails(client, actor)).toEqual(FIVE);
  const { rows } = await harness.owner.query(
    `SELECT stored_prospects::int AS stored, connected_prospects::int AS connected
       FROM client_prospect_counters WHERE client_id = $1`,
    [client.clientId],
  );
  expect(rows).toEqual([{ stored: 5, connected: 1 }]);

  const jobId = await requestCleanup(client, 'all');
  expect(await finished(jobId)).toMatchObject({ deleted: '5', succeeded: true });
  await countersTold(client.clientId, 0, 0);
});

it("purges the client's cleanup jobs with the rest of its prospect database", async () => {
  const { client } = await clientWithProspects(FIVE);
  const jobId = await requestCleanup(client, 'all');
  await finished(jobId);
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.deletion_requested', {
    ...client,
    participants: ['campaigns'],
  });
  await harness.settled();
  const { rows } = await harness.owner.query(
    `SELECT (SELECT count(*)::int FROM prospect_cleanup_jobs WHERE client_id = $1) AS jobs,
            (SELECT count(*)::int FROM prospects WHERE client_id = $1) AS prospects`,
    [client.clientId],
  );
  expect(rows).toEqual([{ jobs: 0, prospects: 0 }]);
  // A request arriving after the purge makes no job.
  const late = await requestCleanup(client, 'all');
  await harness.settled();
  const { rows: lateRows } = await harness.owner.query(`SELECT 1 FROM prospect_cleanup_jobs WHERE id = $1`, [
    late,
  ]);
  expect(lateRows).toEqual([]);
});
