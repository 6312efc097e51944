import { requireIds, type AnswerEvent, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { nextClientStatus } from '../domain/client-status';
import { findClientStatus, saveClientStatus } from '../store/clients';
import { purgeProspectDatabase } from '../store/purge';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/**
 * campaigns's part in tenancy's client purge saga (docs/events.md): on client.deletion_requested it
 * deletes everything it holds of the client (store/purge.ts: its prospect database and its templates,
 * and the copies pushed into it), in the consumer's transaction, and answers
 * client.purged (libs/events `answering` commits both with the inbox row). Of the client it keeps
 * only a tombstone of ids in its projection, as tenancy does, so a late lifecycle event cannot bring
 * the client back. Each table campaigns gains with a client_id adds its deletion to store/purge.ts.
 */
export async function purgeClient(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.client.deletion_requested'>,
): Promise<AnswerEvent | undefined> {
  const { agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { agencyId, clientId })) return undefined;
  await switchAgency(tx, agencyId);
  const tombstone = nextClientStatus(await findClientStatus(tx, clientId), {
    status: 'deleted',
    changedAt: new Date(event.time),
  });
  if (tombstone) await saveClientStatus(tx, agencyId, clientId, tombstone);
  await purgeProspectDatabase(tx, clientId);
  logger.info({ agencyId, clientId }, 'purged the client');
  return {
    type: 'atrium.campaigns.v1.client.purged',
    subject: `agencies/${agencyId}/clients/${clientId}`,
    data: { agencyId, clientId, service: 'campaigns' },
  };
}
