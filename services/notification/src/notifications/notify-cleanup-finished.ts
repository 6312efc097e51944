import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import type { Tx } from '../store/transaction';
import { clientAudience } from '../tenancy/client-audience';
import { createNotifications } from './create-notifications';

export interface CleanupNoticeDeps {
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  logger: Logger;
}

const MODE_TEXT: Record<string, string> = {
  contacted_over_6_months: 'last contacted more than 6 months ago',
  all: 'all prospects',
  selected: 'selected prospects',
};

/**
 * campaigns' prospect_cleanup.finished → a bell notice for whoever asked for the cleanup
 * (docs/product.md "Cleaning a prospect database"), with the figures. Only a person who may still
 * reach the client is told: a cleanup asked for with an API key, or by someone who has since lost the
 * client, has nobody's bell to go to.
 */
export async function notifyCleanupFinished(
  tx: Tx,
  deps: CleanupNoticeDeps,
  event: ReceivedEvent<'atrium.campaigns.v1.prospect_cleanup.finished'>,
): Promise<void> {
  const finished = event.data;
  const { agencyId, clientId, requestedBy } = finished;
  if (!requireIds(deps.logger, event, { agencyId, clientId, requestedBy })) return;
  const audience = await clientAudience(deps.tenancy, agencyId, clientId);
  if (!audience.includes(requestedBy)) {
    deps.logger.info({ jobId: finished.jobId, clientId }, 'prospect cleanup asked for by nobody to tell');
    return;
  }
  const what = MODE_TEXT[finished.mode] ?? finished.mode;
  const figure = (value: string) => Number(value).toLocaleString('en-US');
  const removed = `${figure(finished.deleted)} of ${figure(finished.total)} prospects`;
  await createNotifications(tx, event.id, [
    {
      userId: requestedBy,
      agencyId,
      clientId,
      kind: finished.succeeded ? 'prospect_cleanup.succeeded' : 'prospect_cleanup.failed',
      title: finished.succeeded ? 'Prospect cleanup finished' : 'Prospect cleanup failed',
      body: finished.succeeded
        ? `${removed} removed (${what}).`
        : `Stopped after ${removed} were removed (${what}): ${finished.failure}`,
    },
  ]);
}
