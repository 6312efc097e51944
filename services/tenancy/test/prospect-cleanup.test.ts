import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

// Cleaning a client's prospect database (docs/product.md "Client accounts"): tenancy records the job and publishes the command;
// the campaigns service will run it.
let harness: Harness;
let owner: PgClient;
let agency: TestAgency;
let activeId: string;
let inactiveId: string;

beforeAll(async () => {
  harness = await startHarness('tenancy_cleanup');
  owner = new PgClient({ connectionString: harness.databaseUrl });
  await owner.connect();
  agency = await newAgency(harness);
  activeId = (await harness.client.CreateClient({ name: 'Active Client' }, { actor: agency.owner })).client!
    .id;
  inactiveId = (await harness.client.CreateClient({ name: 'Resting Client' }, { actor: agency.owner }))
    .client!.id;
  await harness.client.DeactivateClient({ clientId: inactiveId }, { actor: agency.owner });
});

afterAll(async () => {
  await owner?.end();
  await harness?.stop();
});

describe('asking for a prospect cleanup', () => {
  it('queues a job, publishes the command and records it in the audit log', async () => {
    const prospectIds = [randomUUID(), randomUUID()];
    const { job } = await harness.client.RequestProspectCleanup(
      { clientId: activeId, mode: 'selected', prospectIds: [...prospectIds, prospectIds[0]!] },
      { actor: agency.owner },
    );
    expect(job).toMatchObject({
      agencyId: agency.agencyId,
      clientId: activeId,
      kind: 'prospect_cleanup',
      status: 'queued',
      progress: 0,
      mode: 'selected',
      requestedBy: agency.ownerId,
    });
    expect(job!.total).toBeUndefined();
    const requested = await harness.nextEvent(
      'atrium.tenancy.v1.prospect_cleanup.requested',
      (data) => data.jobId === job!.id,
    );
    expect(requested.data).toEqual({
      jobId: job!.id,
      agencyId: agency.agencyId,
      clientId: activeId,
      mode: 'selected',
      prospectIds,
      requestedBy: agency.ownerId,
    });
    const { rows } = await owner.query(
      `SELECT actor_id, action, target_type, client_id, after FROM audit_entries WHERE target_id = $1`,
      [job!.id],
    );
    expect(rows).toEqual([
      {
        actor_id: agency.ownerId,
        action: 'client.prospect_cleanup_requested',
        target_type: 'job',
        client_id: activeId,
        after: { mode: 'selected', prospects: 2 },
      },
    ]);
  });

  it('cleans all or long-uncontacted prospects of an inactive client, but refuses selected ones', async () => {
    for (const mode of ['all', 'contacted_over_6_months']) {
      const { job } = await harness.client.RequestProspectCleanup(
        { clientId: inactiveId, mode },
        { actor: agency.owner },
      );
      expect(job).toMatchObject({ clientId: inactiveId, mode, status: 'queued' });
    }
    expect(
      await problem(
        harness.client.RequestProspectCleanup(
          { clientId: inactiveId, mode: 'selected', prospectIds: [randomUUID()] },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ status: 409, code: 'client_inactive' });
  });

  it.each([
    ['an unknown mode', { mode: 'some' }, 'mode'],
    ['selected without prospects', { mode: 'selected' }, 'prospectIds'],
    ['selected with an id that is no uuid', { mode: 'selected', prospectIds: ['p-1'] }, 'prospectIds'],
    [
      'selected with more than 10,000 prospects',
      { mode: 'selected', prospectIds: Array.from({ length: 10_001 }, () => randomUUID()) },
      'prospectIds',
    ],
    ['prospects for mode all', { mode: 'all', prospectIds: [randomUUID()] }, 'prospectIds'],
  ])('refuses %s naming the field', async (_what, request, field) => {
    expect(
      await problem(
        harness.client.RequestProspectCleanup({ clientId: activeId, ...request }, { actor: agency.owner }),
      ),
    ).toMatchObject({ status: 400, code: 'validation_failed', fields: [{ field }] });
  });

  it('needs clients:delete and a client the caller may reach', async () => {
    const member = await addMember(harness, agency, 'member', 'Mia Member');
    expect(
      await problem(
        harness.client.RequestProspectCleanup({ clientId: activeId, mode: 'all' }, { actor: member }),
      ),
    ).toMatchObject({ status: 404, code: 'not_found' });
    await harness.client.SetClientTeam(
      { clientId: activeId, ownerId: agency.ownerId, memberIds: [member.userId] },
      { actor: agency.owner },
    );
    expect(
      await problem(
        harness.client.RequestProspectCleanup({ clientId: activeId, mode: 'all' }, { actor: member }),
      ),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    const stranger = await newAgency(harness, 'Stranger Agency');
    expect(
      await problem(
        harness.client.RequestProspectCleanup({ clientId: activeId, mode: 'all' }, { actor: stranger.owner }),
      ),
    ).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers client_deleted for a client being deleted', async () => {
    const { client } = await harness.client.CreateClient({ name: 'Going Away' }, { actor: agency.owner });
    await harness.client.DeactivateClient({ clientId: client!.id }, { actor: agency.owner });
    await harness.client.DeleteClient(
      { clientId: client!.id, confirm: 'Going Away' },
      { actor: agency.owner },
    );
    expect(
      await problem(
        harness.client.RequestProspectCleanup({ clientId: client!.id, mode: 'all' }, { actor: agency.owner }),
      ),
    ).toMatchObject({ status: 410, code: 'client_deleted' });
  });
});

describe('reading a job', () => {
  let jobId: string;
  beforeAll(async () => {
    const { job } = await harness.client.RequestProspectCleanup(
      { clientId: activeId, mode: 'all' },
      { actor: agency.owner },
    );
    jobId = job!.id;
  });

  it('answers its status and progress to whoever may reach its client', async () => {
    const { job } = await harness.client.GetJob({ jobId }, { actor: agency.owner });
    expect(job).toMatchObject({
      id: jobId,
      kind: 'prospect_cleanup',
      status: 'queued',
      progress: 0,
      mode: 'all',
    });
    await owner.query(`UPDATE jobs SET status = 'running', progress = 40, total = 100 WHERE id = $1`, [
      jobId,
    ]);
    expect((await harness.client.GetJob({ jobId }, { actor: agency.owner })).job).toMatchObject({
      status: 'running',
      progress: 40,
      total: 100,
    });
  });

  it("answers not_found for another agency's job, a client the caller may not reach, or no job", async () => {
    const stranger = await newAgency(harness, 'Nosy Agency');
    const outsider = await addMember(harness, agency, 'member', 'Otto Outsider');
    for (const [actor, id] of [
      [stranger.owner, jobId],
      [outsider, jobId],
      [agency.owner, randomUUID()],
      [agency.owner, 'not-a-job'],
    ] as const) {
      expect(await problem(harness.client.GetJob({ jobId: id }, { actor }))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
    }
  });
});

describe('row-level security', () => {
  it("shows an agency's transaction only its own jobs and deletion records, even unfiltered", async () => {
    const other = await newAgency(harness, 'Other Agency');
    const { client } = await harness.client.CreateClient({ name: 'Other Client' }, { actor: other.owner });
    await harness.client.RequestProspectCleanup(
      { clientId: client!.id, mode: 'all' },
      { actor: other.owner },
    );
    await harness.client.DeactivateClient({ clientId: client!.id }, { actor: other.owner });
    await harness.client.DeleteClient(
      { clientId: client!.id, confirm: 'Other Client' },
      { actor: other.owner },
    );
    const seen = (agencyId: string) =>
      inTenant(harness.backend.db, { agencyId }, async (tx) => ({
        jobs: (await tx.job.findMany()).map((job) => job.agencyId),
        deletions: (await tx.clientDeletion.findMany()).map((deletion) => deletion.agencyId),
      }));
    const mine = await seen(agency.agencyId);
    expect(new Set([...mine.jobs, ...mine.deletions])).toEqual(new Set([agency.agencyId]));
    const theirs = await seen(other.agencyId);
    expect(theirs.jobs.length).toBeGreaterThan(0);
    expect(new Set([...theirs.jobs, ...theirs.deletions])).toEqual(new Set([other.agencyId]));
  });
});
