import type { EventEnvelope } from '@atrium/events';
import { enqueueEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { EVENT_SOURCE } from '../events/source';
import { readEvent } from '../events/read-event';
import type { Tx } from '../store/db';

const ClientDeletionRequested = z.object({ agencyId: z.uuid(), clientId: z.uuid() });

/**
 * client.deletion_requested → everything notification holds about the client goes, in the consumer's
 * transaction: the bell notifications and email deliveries that concern it (pending ones are never
 * sent), and the published outbox rows of notification.created about it (their titles name the
 * client). Then client.purged tells tenancy. The agency's branding is the agency's, not the client's,
 * and stays. Redelivery is dropped by the consumer's inbox; a second request would find nothing left.
 */
export async function purgeClient(tx: Tx, logger: Logger, event: EventEnvelope): Promise<void> {
  const request = readEvent(ClientDeletionRequested, event, logger);
  if (!request) return;
  const { agencyId, clientId } = request;
  // First, so a late event about the client that commits after this finds it purged (store/purged-clients.ts).
  await tx.purgedClient.createMany({ data: [{ clientId, agencyId }], skipDuplicates: true });
  const notifications = await tx.notification.deleteMany({ where: { agencyId, clientId } });
  const emails = await tx.emailDelivery.deleteMany({ where: { agencyId, clientId } });
  await tx.$executeRawUnsafe(
    `DELETE FROM outbox_events
      WHERE published_at IS NOT NULL AND data ->> 'agencyId' = $1 AND data ->> 'clientId' = $2`,
    agencyId,
    clientId,
  );
  await enqueueEvent(
    tx,
    {
      type: 'atrium.notification.v1.client.purged',
      subject: `agencies/${agencyId}/clients/${clientId}`,
      data: { agencyId, clientId, service: 'notification' },
    },
    EVENT_SOURCE,
  );
  logger.info(
    { agencyId, clientId, notifications: notifications.count, emailDeliveries: emails.count },
    'purged the client',
  );
}
