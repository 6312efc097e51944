import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import {
  claimCleanupJob,
  countCleanupTargets,
  deleteCleanupBatch,
  finishCleanupJob,
  recordCleanupFailure,
  recordCleanupProgress,
  releaseCleanupJob,
  type ClaimedCleanupJob,
} from '../store/cleanup';
import { lockCounters, subtractFromCounters } from '../store/counters';
import type { Tx } from '../store/transaction';

export interface CleanupSettings {
  /** Prospects removed per transaction. */
  batchSize: number;
  /** How long a claim holds without a batch committing. */
  leaseMs: number;
  /** The shortest time between two progress events of one job. */
  progressIntervalMs: number;
  /** Failed batches in a row after which the job fails. */
  maxFailures: number;
  /** How long a failed batch waits before a runner tries again. */
  retryMs: number;
}

/**
 * Claims a waiting job for this runner. A job that never started counts what it will remove and says
 * so (the first prospect_cleanup.progressed, which turns tenancy's job running); a job resumed after
 * its runner stopped goes on from its last committed batch with the total it started with.
 */
export async function startCleanup(
  tx: Tx,
  jobId: string,
  settings: CleanupSettings,
): Promise<ClaimedCleanupJob | null> {
  const claimed = await claimCleanupJob(tx, jobId, settings.leaseMs);
  if (!claimed || claimed.total !== null) return claimed;
  const total = await countCleanupTargets(tx, claimed);
  const started = await recordCleanupProgress(tx, claimed, {
    deleted: 0,
    total,
    leaseMs: settings.leaseMs,
    progressIntervalMs: 0,
  });
  if (started) await tellProgress(tx, started);
  return started;
}

/**
 * One batch, in one short transaction: locks the client's counters (as every change of prospects
 * does), removes up to batchSize of the job's prospects, takes them off the counters and records the
 * progress, telling it at most every progressIntervalMs. A batch that removes fewer than batchSize
 * was the last: the job succeeds and prospect_cleanup.finished says so. Answers the job as it now is,
 * with whether it ended; throws LostClaim, rolling the batch back, when another runner took the job.
 */
export async function runCleanupBatch(
  tx: Tx,
  job: ClaimedCleanupJob,
  settings: CleanupSettings,
): Promise<{ job: ClaimedCleanupJob; done: boolean }> {
  await lockCounters(tx, job.agencyId, job.clientId);
  const removed = await deleteCleanupBatch(tx, job, settings.batchSize);
  await subtractFromCounters(tx, job.clientId, { stored: removed.deleted, connected: removed.connected });
  const recorded = await recordCleanupProgress(tx, job, {
    deleted: removed.deleted,
    leaseMs: settings.leaseMs,
    progressIntervalMs: settings.progressIntervalMs,
  });
  // Another runner holds the job now (or the client was purged): nothing of this batch may commit.
  if (!recorded) throw new LostClaim(job.id);
  const done = removed.deleted < settings.batchSize;
  if (done) {
    await finishCleanupJob(tx, recorded, { status: 'succeeded', failure: '' });
    await tellFinished(tx, recorded, { succeeded: true, failure: '' });
  } else if (recorded.progressTold) {
    await tellProgress(tx, recorded);
  }
  return { job: recorded, done };
}

/**
 * A batch failed: counts it, and after maxFailures in a row fails the job visibly (tenancy's job turns
 * failed with the reason; the prospects already removed stay removed). Answers whether the job ended.
 */
export async function recordFailedBatch(
  tx: Tx,
  job: ClaimedCleanupJob,
  reason: string,
  settings: CleanupSettings,
): Promise<boolean> {
  const failures = await recordCleanupFailure(tx, job, settings.retryMs);
  if (failures === null || failures < settings.maxFailures) return false;
  const failure = `Gave up after ${failures} failed attempts: ${reason}`.slice(0, 500);
  if (await finishCleanupJob(tx, job, { status: 'failed', failure }))
    await tellFinished(tx, job, { succeeded: false, failure });
  return true;
}

/** A runner that stops gives its job back, so a restarted or another replica resumes it at once. */
export function releaseCleanup(tx: Tx, job: ClaimedCleanupJob): Promise<void> {
  return releaseCleanupJob(tx, job);
}

/** The claim on a job passed to another runner while a batch ran; the batch rolls back. */
export class LostClaim extends Error {
  constructor(jobId: string) {
    super(`the claim on prospect cleanup ${jobId} was lost`);
  }
}

function subjectOf(job: ClaimedCleanupJob): string {
  return `agencies/${job.agencyId}/clients/${job.clientId}/jobs/${job.id}`;
}

async function tellProgress(tx: Tx, job: ClaimedCleanupJob): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.campaigns.v1.prospect_cleanup.progressed',
      subject: subjectOf(job),
      data: {
        jobId: job.id,
        agencyId: job.agencyId,
        clientId: job.clientId,
        deleted: job.deleted,
        total: job.total ?? 0,
      },
    },
    EVENT_SOURCE,
  );
}

async function tellFinished(
  tx: Tx,
  job: ClaimedCleanupJob,
  outcome: { succeeded: boolean; failure: string },
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.campaigns.v1.prospect_cleanup.finished',
      subject: subjectOf(job),
      data: {
        jobId: job.id,
        agencyId: job.agencyId,
        clientId: job.clientId,
        mode: job.mode,
        deleted: job.deleted,
        total: job.total ?? 0,
        succeeded: outcome.succeeded,
        failure: outcome.failure,
        requestedBy: job.requestedBy,
      },
    },
    EVENT_SOURCE,
  );
}
