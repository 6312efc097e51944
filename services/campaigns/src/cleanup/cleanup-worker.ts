import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { findRunnableCleanupJobs, type ClaimedCleanupJob } from '../store/cleanup';
import { inTenant, inTransactionWithoutTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import {
  LostClaim,
  recordFailedBatch,
  releaseCleanup,
  runCleanupBatch,
  startCleanup,
  type CleanupSettings,
} from './run-cleanup';

export interface CleanupWorkerOptions extends CleanupSettings {
  /** How often it looks for jobs waiting for a runner. */
  pollMs: number;
}

// A batch locks one client's counters row for its duration: far below this.
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };
// Starting counts what the job matches, a scan of up to the client's whole prospect table.
const START_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/**
 * Runs the prospect cleanups tenancy asks for (docs/campaigns.md "Cleaning the prospect database"),
 * one job at a time per replica, each in batches of short transactions so no lock is held for long.
 * Every batch renews the job's lease; a replica that dies lets it lapse and the job resumes where its
 * last batch committed, so no job stays running without a runner. Several replicas share the jobs:
 * each claims one under a token, and a batch whose claim was lost rolls back.
 */
export function startCleanupWorker(db: Db, logger: Logger, options: CleanupWorkerOptions): Stoppable {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function runWaitingJobs(): Promise<void> {
    const waiting = await inTransactionWithoutTenant(db, (tx) => findRunnableCleanupJobs(tx, 10));
    for (const { agencyId, jobId } of waiting) {
      if (stopped) return;
      const job = await inTenant(
        db,
        { agencyId },
        (tx) => startCleanup(tx, jobId, options),
        START_TRANSACTION,
      );
      if (job) await runJob(job);
    }
  }

  async function runJob(claimed: ClaimedCleanupJob): Promise<void> {
    const tenant = { agencyId: claimed.agencyId };
    let job = claimed;
    logger.info(
      { jobId: job.id, clientId: job.clientId, mode: job.mode, total: job.total },
      'prospect cleanup runs',
    );
    while (!stopped) {
      try {
        const batch = await inTenant(
          db,
          tenant,
          (tx) => runCleanupBatch(tx, job, options),
          BATCH_TRANSACTION,
        );
        job = batch.job;
        if (batch.done) {
          logger.info({ jobId: job.id, deleted: job.deleted }, 'prospect cleanup succeeded');
          return;
        }
      } catch (error) {
        if (error instanceof LostClaim) {
          logger.warn({ jobId: job.id }, 'prospect cleanup taken over by another runner');
          return;
        }
        const reason = reasonOf(error);
        logger.warn({ err: error, jobId: job.id }, 'a prospect cleanup batch failed');
        const ended = await inTenant(db, tenant, (tx) => recordFailedBatch(tx, job, reason, options));
        if (ended) logger.error({ jobId: job.id, reason }, 'prospect cleanup failed');
        return;
      }
    }
    await inTenant(db, tenant, (tx) => releaseCleanup(tx, job));
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runWaitingJobs()
        .catch((error: unknown) => logger.error({ err: error }, 'running prospect cleanups failed'))
        .finally(schedule);
    }, options.pollMs);
  }

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The last line of an error's message: a database error's own words, without the client's preamble. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? 'unknown error'
  );
}
