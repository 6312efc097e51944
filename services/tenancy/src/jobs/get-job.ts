import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import { findVisibleClient } from '../clients/visible-client';
import { isUuid } from '../domain/ids';
import { findJob, type Job } from '../store/jobs';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** One job of the caller's agency, for anyone who may reach the client it works on; else not_found. */
export async function getJob(db: Db, actorOrNone: Actor | undefined, jobId: string): Promise<Job> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    const job = isUuid(jobId) ? await findJob(tx, jobId) : null;
    if (!job) throw new DomainError('not_found', 'No such job.');
    try {
      await findVisibleClient(tx, access, job.clientId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found')
        throw new DomainError('not_found', 'No such job.');
      throw error;
    }
    return job;
  });
}
