import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { PROSPECT_CLEANUP_MODES, type ProspectCleanupModeValue } from '@atrium/proto';
import { isUuid } from '../domain/ids';
import { insertCleanupJob } from '../store/cleanup';
import { findClientStatus } from '../store/clients';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/**
 * tenancy's prospect_cleanup.requested → a queued cleanup job, which the cleanup worker
 * (cleanup-worker.ts) runs in batches. Its id is tenancy's job id, so a request delivered twice makes
 * one job; a request about a client campaigns knows as deleted makes none (its purge took everything).
 */
export async function acceptCleanup(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.prospect_cleanup.requested'>,
): Promise<void> {
  const { jobId, agencyId, clientId, mode, requestedBy } = event.data;
  if (!requireIds(logger, event, { jobId, agencyId, clientId })) return;
  if (!isCleanupMode(mode)) {
    logger.error({ eventId: event.id, jobId, mode }, 'prospect cleanup of an unknown mode; skipped');
    return;
  }
  await switchAgency(tx, agencyId);
  if ((await findClientStatus(tx, clientId))?.status === 'deleted') {
    logger.info({ jobId, clientId }, 'prospect cleanup of a deleted client; skipped');
    return;
  }
  const created = await insertCleanupJob(tx, {
    id: jobId,
    agencyId,
    clientId,
    mode,
    // Tenancy checked them; an id that is not a uuid names no prospect.
    prospectIds: mode === 'selected' ? event.data.prospectIds.filter(isUuid) : [],
    requestedBy,
    requestedAt: new Date(event.time),
  });
  logger.info({ jobId, clientId, mode, created }, 'prospect cleanup accepted');
}

function isCleanupMode(mode: string): mode is ProspectCleanupModeValue {
  return (PROSPECT_CLEANUP_MODES as readonly string[]).includes(mode);
}
