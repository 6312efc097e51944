import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import {
  claimDueImport,
  deleteImport,
  findDueImports,
  markRunning,
  type ImportRecord,
} from '../store/imports';
import { inTenant, inTransactionWithoutTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { failImport, runImport } from './run-import';

export interface ImportWorkerOptions {
  batchSize: number;
  leaseMs: number;
  pollMs: number;
  /** A job that lost its process this many times fails instead of being taken again. */
  maxAttempts: number;
}

export interface ImportWorker extends Stoppable {
  /** Looks for work now: an upload just queued a job. */
  wake(): void;
}

/**
 * Runs the import jobs of every agency, one at a time per process (docs/campaigns.md "Importing a
 * CSV"): queued jobs, and jobs whose lease ran out because the process that held them died — a
 * running one resumes after its last committed batch (until it has lost its process maxAttempts
 * times, then it fails with that reason), an upload cut off before its file was whole is dropped
 * (its caller had an error, never a job). So no job stays running without a live process. Stopping
 * hands the job in hand back to the queue after its current batch. Replicas share the work: each job
 * is claimed with SKIP LOCKED.
 */
export function startImportWorker(db: Db, logger: Logger, options: ImportWorkerOptions): ImportWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let again = false;

  async function take(agencyId: string, id: string): Promise<ImportRecord | null> {
    return inTenant(db, { agencyId }, async (tx) => {
      const job = await claimDueImport(tx, id);
      if (!job) return null;
      if (job.status === 'receiving') {
        await deleteImport(tx, id);
        logger.warn({ importId: id }, 'dropped an import whose upload was cut off');
        return null;
      }
      if (job.status === 'running' && job.attempts >= options.maxAttempts) {
        await failImport(
          tx,
          job,
          `The import was interrupted ${job.attempts} times by a restart of the service; import the rest again.`,
        );
        return null;
      }
      return markRunning(tx, id, options.leaseMs);
    });
  }

  async function runDue(): Promise<void> {
    const due = await inTransactionWithoutTenant(db, (tx) => findDueImports(tx, 10));
    for (const { agencyId, id } of due) {
      if (stopped) return;
      const job = await take(agencyId, id);
      if (!job) continue;
      await runImport(db, job, {
        logger,
        batchSize: options.batchSize,
        leaseMs: options.leaseMs,
        stopping: () => stopped,
      }).catch((error: unknown) => logger.error({ err: error, importId: id }, 'prospect import broke off'));
    }
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      running = runDue()
        .catch((error: unknown) => logger.error({ err: error }, 'looking for prospect imports failed'))
        .finally(() => {
          busy = false;
          schedule(again ? 0 : options.pollMs);
          again = false;
        });
    }, delayMs);
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
