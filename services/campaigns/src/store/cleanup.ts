import type { ProspectCleanupModeValue } from '@atrium/proto';
import type { Tx } from './db';

/** A prospect cleanup as campaigns runs it (docs/campaigns.md "Cleaning the prospect database"). */
export interface CleanupJob {
  id: string;
  agencyId: string;
  clientId: string;
  mode: ProspectCleanupModeValue;
  prospectIds: string[];
  requestedBy: string;
  requestedAt: Date;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total: number | null;
  deleted: number;
  failures: number;
}

/** A job claimed by one runner: every write of its batches names the token it claimed with. */
export interface ClaimedCleanupJob extends CleanupJob {
  leaseToken: string;
}

export type NewCleanupJob = Pick<
  CleanupJob,
  'id' | 'agencyId' | 'clientId' | 'mode' | 'prospectIds' | 'requestedBy' | 'requestedAt'
>;

const JOB_COLUMNS = `id, agency_id AS "agencyId", client_id AS "clientId", mode, prospect_ids::text[] AS "prospectIds",
  requested_by AS "requestedBy", requested_at AS "requestedAt", status, total, deleted, failures,
  lease_token::text AS "leaseToken"`;

type JobRow = Omit<ClaimedCleanupJob, 'total' | 'deleted' | 'leaseToken'> & {
  total: bigint | null;
  deleted: bigint;
  leaseToken: string | null;
};

function jobOf(row: JobRow): ClaimedCleanupJob {
  return {
    ...row,
    total: row.total === null ? null : Number(row.total),
    deleted: Number(row.deleted),
    leaseToken: row.leaseToken ?? '',
  };
}

/** Records a job once: a request handled again (same job id) adds nothing. Answers whether it was new. */
export async function insertCleanupJob(tx: Tx, job: NewCleanupJob): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO prospect_cleanup_jobs (id, agency_id, client_id, mode, prospect_ids, requested_by, requested_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::uuid[], $6, $7::timestamptz)
     ON CONFLICT (id) DO NOTHING`,
    job.id,
    job.agencyId,
    job.clientId,
    job.mode,
    job.prospectIds,
    job.requestedBy,
    job.requestedAt,
  );
  return inserted > 0;
}

/** The jobs, of every agency, waiting for a runner: queued, or running under a lapsed lease. */
export function findRunnableCleanupJobs(
  tx: Tx,
  maxRows: number,
): Promise<Array<{ agencyId: string; jobId: string }>> {
  return tx.$queryRawUnsafe(
    `SELECT agency_id AS "agencyId", job_id AS "jobId" FROM runnable_cleanup_jobs($1::int)`,
    maxRows,
  );
}

/**
 * Takes the job for this runner for `leaseMs` when it is still waiting for one (another replica may
 * have claimed it since it was found), else null. Marks it running.
 */
export async function claimCleanupJob(
  tx: Tx,
  jobId: string,
  leaseMs: number,
): Promise<ClaimedCleanupJob | null> {
  const rows: JobRow[] = await tx.$queryRawUnsafe(
    `UPDATE prospect_cleanup_jobs
        SET status = 'running', lease_token = gen_random_uuid(),
            lease_until = now() + make_interval(secs => $2::float8 / 1000), updated_at = now()
      WHERE id = $1::uuid AND status IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
      RETURNING ${JOB_COLUMNS}`,
    jobId,
    leaseMs,
  );
  return rows[0] ? jobOf(rows[0]) : null;
}

/**
 * The condition, order and parameters, over `prospects p`, of the prospects a job removes: stored ones
 * of its client, stored by the time it was asked for, of its mode (docs/product.md "Cleaning a
 * prospect database"). Each order follows an index of stored prospects, so a batch reads no deleted
 * row however many batches went before.
 */
function targetsOf(job: CleanupJob): { where: string; orderBy: string; params: unknown[] } {
  const stored = `p.client_id = $1::uuid AND p.deleted_at IS NULL AND p.created_at <= $2::timestamptz`;
  const params = [job.clientId, job.requestedAt];
  switch (job.mode) {
    case 'all':
      return { where: stored, orderBy: 'p.created_at, p.id', params };
    case 'contacted_over_6_months':
      return {
        where: `${stored} AND p.last_contacted_at < $2::timestamptz - interval '6 months'`,
        orderBy: 'p.last_contacted_at, p.id',
        params,
      };
    case 'selected':
      return {
        where: `${stored} AND p.id = ANY($3::uuid[])`,
        orderBy: 'p.id',
        params: [...params, job.prospectIds],
      };
  }
}

/** How many stored prospects the job would remove now. */
export async function countCleanupTargets(tx: Tx, job: CleanupJob): Promise<number> {
  const { where, params } = targetsOf(job);
  const rows: Array<{ count: bigint }> = await tx.$queryRawUnsafe(
    `SELECT count(*) AS count FROM prospects p WHERE ${where}`,
    ...params,
  );
  return Number(rows[0]?.count ?? 0);
}

/**
 * Marks up to `batchSize` of the job's prospects deleted and takes them off every list, as deleting a
 * prospect does (docs/campaigns.md "Prospects"); answers how many, and how many of them were connected.
 * The client's counters row must be locked first (lockCounters), as for every change of prospects.
 */
export async function deleteCleanupBatch(
  tx: Tx,
  job: CleanupJob,
  batchSize: number,
): Promise<{ deleted: number; connected: number }> {
  const { where, orderBy, params } = targetsOf(job);
  const rows: Array<{ deleted: bigint; connected: bigint }> = await tx.$queryRawUnsafe(
    `WITH batch AS (
       SELECT p.id FROM prospects p WHERE ${where} ORDER BY ${orderBy} LIMIT $${params.length + 1}::int
          FOR UPDATE
     ), gone AS (
       UPDATE prospects p SET deleted_at = now(), updated_at = now()
         FROM batch WHERE p.id = batch.id
       RETURNING p.id, (p.email_validated_at IS NOT NULL OR p.email_sent_at IS NOT NULL
                        OR p.task_done_at IS NOT NULL) AS connected
     ), unlisted AS (
       DELETE FROM prospect_list_members m USING gone WHERE m.prospect_id = gone.id
     )
     SELECT count(*) AS deleted, count(*) FILTER (WHERE connected) AS connected FROM gone`,
    ...params,
    batchSize,
  );
  return { deleted: Number(rows[0]?.deleted ?? 0), connected: Number(rows[0]?.connected ?? 0) };
}

/**
 * Records a batch (or the start, with `total`) while the runner's claim holds, and moves the lease on;
 * answers the job as it now is, or null when the claim was lost (the lease lapsed and another runner
 * took the job, or the client was purged). `progressIntervalMs` decides whether a progress event is
 * due: progressTold says so, and then the time is stamped.
 */
export async function recordCleanupProgress(
  tx: Tx,
  job: ClaimedCleanupJob,
  change: { deleted: number; total?: number; leaseMs: number; progressIntervalMs: number },
): Promise<(ClaimedCleanupJob & { progressTold: boolean }) | null> {
  const rows: Array<JobRow & { progressTold: boolean }> = await tx.$queryRawUnsafe(
    `WITH due AS (
       SELECT progress_told_at IS NULL
              OR progress_told_at <= now() - make_interval(secs => $5::float8 / 1000) AS told
         FROM prospect_cleanup_jobs WHERE id = $1::uuid
     )
     UPDATE prospect_cleanup_jobs
        SET deleted = deleted + $3::bigint, total = coalesce($4::bigint, total), failures = 0,
            lease_until = now() + make_interval(secs => $6::float8 / 1000), updated_at = now(),
            progress_told_at = CASE WHEN due.told THEN now() ELSE progress_told_at END
       FROM due
      WHERE id = $1::uuid AND lease_token = $2::uuid AND status = 'running'
      RETURNING ${JOB_COLUMNS}, due.told AS "progressTold"`,
    job.id,
    job.leaseToken,
    change.deleted,
    change.total ?? null,
    change.progressIntervalMs,
    change.leaseMs,
  );
  const row = rows[0];
  return row ? { ...jobOf(row), progressTold: row.progressTold } : null;
}

/** Ends the job under the runner's claim; false when the claim was lost. */
export async function finishCleanupJob(
  tx: Tx,
  job: ClaimedCleanupJob,
  outcome: { status: 'succeeded' | 'failed'; failure: string },
): Promise<boolean> {
  const changed = await tx.$executeRawUnsafe(
    `UPDATE prospect_cleanup_jobs
        SET status = $3, failure = $4, lease_token = NULL, lease_until = NULL, updated_at = now()
      WHERE id = $1::uuid AND lease_token = $2::uuid AND status = 'running'`,
    job.id,
    job.leaseToken,
    outcome.status,
    outcome.failure,
  );
  return changed > 0;
}

/**
 * Counts a failed batch and leaves the job for a runner to retry after `retryMs`; answers the failures
 * in a row so far, or null when the claim was lost.
 */
export async function recordCleanupFailure(
  tx: Tx,
  job: ClaimedCleanupJob,
  retryMs: number,
): Promise<number | null> {
  const rows: Array<{ failures: number }> = await tx.$queryRawUnsafe(
    `UPDATE prospect_cleanup_jobs
        SET failures = failures + 1, lease_until = now() + make_interval(secs => $3::float8 / 1000),
            updated_at = now()
      WHERE id = $1::uuid AND lease_token = $2::uuid AND status = 'running'
      RETURNING failures`,
    job.id,
    job.leaseToken,
    retryMs,
  );
  return rows[0]?.failures ?? null;
}

/** Gives the job back at once (a runner that stops), so the next runner resumes it without waiting. */
export async function releaseCleanupJob(tx: Tx, job: ClaimedCleanupJob): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE prospect_cleanup_jobs SET lease_until = now(), updated_at = now()
      WHERE id = $1::uuid AND lease_token = $2::uuid AND status = 'running'`,
    job.id,
    job.leaseToken,
  );
}
