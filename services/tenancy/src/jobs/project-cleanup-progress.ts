import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { finishJob, recordJobProgress } from '../store/jobs';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/** The largest figure a job's integer columns hold. */
const MAX_FIGURE = 2 ** 31 - 1;

/**
 * campaigns' prospect_cleanup.progressed → the job is running, with the prospects removed so far out
 * of those it matched, as GET /v1/jobs/{id} shows it (docs/campaigns.md "Cleaning the prospect
 * database"). A report older than one already kept, or about a job that ended, changes nothing.
 */
export async function projectCleanupProgress(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.campaigns.v1.prospect_cleanup.progressed'>,
): Promise<void> {
  const { jobId, agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { jobId, agencyId, clientId })) return;
  await switchAgency(tx, agencyId);
  const changed = await recordJobProgress(tx, jobId, {
    progress: figureOf(event.data.deleted),
    total: figureOf(event.data.total),
  });
  if (!changed) logger.debug({ jobId }, 'prospect cleanup progress older than the job; ignored');
}

/** campaigns' prospect_cleanup.finished → the job succeeded or failed (with the reason), once. */
export async function projectCleanupFinished(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.campaigns.v1.prospect_cleanup.finished'>,
): Promise<void> {
  const { jobId, agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { jobId, agencyId, clientId })) return;
  await switchAgency(tx, agencyId);
  const changed = await finishJob(tx, jobId, {
    status: event.data.succeeded ? 'succeeded' : 'failed',
    failure: event.data.succeeded ? '' : event.data.failure.slice(0, 1000),
    progress: figureOf(event.data.deleted),
    total: figureOf(event.data.total),
  });
  logger.info({ jobId, clientId, succeeded: event.data.succeeded, changed }, 'prospect cleanup finished');
}

function figureOf(value: string): number {
  const figure = Number(value);
  return Number.isInteger(figure) && figure >= 0 ? Math.min(figure, MAX_FIGURE) : 0;
}
