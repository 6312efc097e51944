import { randomUUID } from 'node:crypto';
import type { Job } from '../generated/prisma/client';
import type { Tx } from './db';

export type { Job };

export interface ProspectCleanupParams {
  mode: string;
  prospectIds: string[];
}

export function createProspectCleanupJob(
  tx: Tx,
  job: { agencyId: string; clientId: string; requestedBy: string; params: ProspectCleanupParams },
): Promise<Job> {
  return tx.job.create({
    data: {
      id: randomUUID(),
      agencyId: job.agencyId,
      clientId: job.clientId,
      kind: 'prospect_cleanup',
      params: { mode: job.params.mode, prospectIds: job.params.prospectIds },
      requestedBy: job.requestedBy,
    },
  });
}

/** One job of the transaction's agency. */
export function findJob(tx: Tx, jobId: string): Promise<Job | null> {
  return tx.job.findUnique({ where: { id: jobId } });
}

/** A report of a job's runner: how far it got, and out of how many. */
export interface JobProgress {
  progress: number;
  total: number;
}

/**
 * A job still queued or running is running with this progress; progress only grows, so a report
 * overtaken by a later one changes nothing. Answers whether the job changed.
 */
export async function recordJobProgress(tx: Tx, jobId: string, report: JobProgress): Promise<boolean> {
  const { count } = await tx.job.updateMany({
    where: { id: jobId, status: { in: ['queued', 'running'] }, progress: { lte: report.progress } },
    data: { status: 'running', progress: report.progress, total: report.total },
  });
  return count > 0;
}

/** A job still queued or running ends so; one that already ended keeps its end. */
export async function finishJob(
  tx: Tx,
  jobId: string,
  end: JobProgress & { status: 'succeeded' | 'failed'; failure: string },
): Promise<boolean> {
  const { count } = await tx.job.updateMany({
    where: { id: jobId, status: { in: ['queued', 'running'] } },
    data: { status: end.status, progress: end.progress, total: end.total, failure: end.failure },
  });
  return count > 0;
}
