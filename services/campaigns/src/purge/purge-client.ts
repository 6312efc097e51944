import { enqueueEvent, type EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { EVENT_SOURCE } from '../events/source';
import type { Tx } from '../store/db';

const ClientDeletionRequested = z.object({ agencyId: z.uuid(), clientId: z.uuid() });

/**
 * The deletions of one client's rows in one of campaigns's tables, in the purge's transaction. campaigns
 * holds no client data yet: each table it gains with a client_id adds its deletion here, so the
 * purge stays one transaction and client.purged is only ever published after all of them.
 */
const CLIENT_DATA: ReadonlyArray<
  (tx: Tx, client: { agencyId: string; clientId: string }) => Promise<unknown>
> = [];

/**
 * client.deletion_requested → everything campaigns holds of the client goes, then client.purged tells
 * tenancy, in the consumer's transaction (the inbox drops a redelivered request).
 */
export async function purgeClient(tx: Tx, logger: Logger, event: EventEnvelope): Promise<void> {
  const parsed = ClientDeletionRequested.safeParse(event.data);
  if (!parsed.success) {
    // Redelivering cannot fix a payload that breaks its proto's promise.
    logger.error({ eventId: event.id, issues: parsed.error.issues }, 'client.deletion_requested skipped');
    return;
  }
  const client = parsed.data;
  for (const purge of CLIENT_DATA) await purge(tx, client);
  await enqueueEvent(
    tx,
    {
      type: 'atrium.campaigns.v1.client.purged',
      subject: `agencies/${client.agencyId}/clients/${client.clientId}`,
      data: { ...client, service: 'campaigns' },
    },
    EVENT_SOURCE,
  );
  logger.info(client, 'purged the client');
}
