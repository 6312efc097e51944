import { eventually } from '@atrium/testing';
import { newAgency, startHarness, type Harness, type TestAgency } from './support';

// A prospect cleanup's job as campaigns reports it (prospect_cleanup.progressed and .finished), which
// GET /v1/jobs/{id} reads through GetJob (docs/campaigns.md "Cleaning the prospect database").
let harness: Harness;
let agency: TestAgency;
let clientId: string;

beforeAll(async () => {
  harness = await startHarness('tenancy_cleanup_progress');
  agency = await newAgency(harness);
  clientId = (await harness.client.CreateClient({ name: 'Tidy Client' }, { actor: agency.owner })).client!.id;
});

afterAll(async () => {
  await harness?.stop();
});

async function queuedJob(): Promise<string> {
  const { job } = await harness.client.RequestProspectCleanup(
    { clientId, mode: 'all', prospectIds: [] },
    { actor: agency.owner },
  );
  return job!.id;
}

function progressed(jobId: string, deleted: number, total: number) {
  return harness.publishEvent('atrium.campaigns.v1.prospect_cleanup.progressed', {
    jobId,
    agencyId: agency.agencyId,
    clientId,
    deleted: String(deleted),
    total: String(total),
  });
}

function finished(
  jobId: string,
  end: { deleted: number; total: number; succeeded: boolean; failure?: string },
) {
  return harness.publishEvent('atrium.campaigns.v1.prospect_cleanup.finished', {
    jobId,
    agencyId: agency.agencyId,
    clientId,
    mode: 'all',
    deleted: String(end.deleted),
    total: String(end.total),
    succeeded: end.succeeded,
    failure: end.failure ?? '',
    requestedBy: agency.ownerId,
  });
}

async function jobOnce(jobId: string) {
  return (await harness.client.GetJob({ jobId }, { actor: agency.owner })).job!;
}

function jobWhen(jobId: string, ready: (job: Awaited<ReturnType<typeof jobOnce>>) => boolean) {
  return eventually(
    async () => {
      const job = await jobOnce(jobId);
      return ready(job) ? job : undefined;
    },
    10_000,
    `job ${jobId}`,
  );
}

it('turns the job running with its progress, then succeeded with the figures', async () => {
  const jobId = await queuedJob();
  await progressed(jobId, 0, 2500);
  expect(await jobWhen(jobId, (job) => job.status === 'running')).toMatchObject({
    progress: 0,
    total: 2500,
  });
  await progressed(jobId, 1000, 2500);
  await jobWhen(jobId, (job) => job.progress === 1000);
  await finished(jobId, { deleted: 2500, total: 2500, succeeded: true });
  expect(await jobWhen(jobId, (job) => job.status === 'succeeded')).toMatchObject({
    progress: 2500,
    total: 2500,
    failure: '',
  });
});

it('keeps the end of a job when a late progress report arrives after it', async () => {
  const jobId = await queuedJob();
  await finished(jobId, { deleted: 3, total: 3, succeeded: true });
  await jobWhen(jobId, (job) => job.status === 'succeeded');
  await progressed(jobId, 1, 3);
  const marker = await queuedJob();
  await progressed(marker, 0, 1);
  // One stream, handled in order: once the marker runs, the late report was handled.
  await jobWhen(marker, (job) => job.status === 'running');
  expect(await jobOnce(jobId)).toMatchObject({ status: 'succeeded', progress: 3, total: 3 });
});

it('never takes progress back when reports cross', async () => {
  const jobId = await queuedJob();
  await progressed(jobId, 4, 10);
  await jobWhen(jobId, (job) => job.progress === 4);
  await progressed(jobId, 2, 10);
  const marker = await queuedJob();
  await progressed(marker, 0, 1);
  await jobWhen(marker, (job) => job.status === 'running');
  expect(await jobOnce(jobId)).toMatchObject({ status: 'running', progress: 4 });
});

it('shows a failed job with the reason campaigns gave', async () => {
  const jobId = await queuedJob();
  await progressed(jobId, 0, 7);
  await finished(jobId, {
    deleted: 2,
    total: 7,
    succeeded: false,
    failure: 'Gave up after 3 failed attempts',
  });
  expect(await jobWhen(jobId, (job) => job.status === 'failed')).toMatchObject({
    progress: 2,
    total: 7,
    failure: 'Gave up after 3 failed attempts',
  });
});
