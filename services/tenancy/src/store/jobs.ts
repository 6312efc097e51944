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
