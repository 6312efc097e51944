import { enqueueEvent, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { EVENT_SOURCE } from '../events/source';
import { requireIds } from '@atrium/events';
import { deleteClientEmailDeliveries } from '../store/email-deliveries';
import { deleteClientNotifications } from '../store/notifications';
import { deleteEventsAboutClient } from '../store/outbox';
import { recordPurgedClient } from '../store/purged-clients';
import type { Tx } from '../store/transaction';

/**
 * client.deletion_requested → everything notification holds about the client goes, in the consumer's
 * transaction: the bell notifications and email deliveries that concern it (pending ones are never
 * sent), and the outbox rows of notification.created about it, published or not (their titles name the
 * client). Then client.purged tells tenancy. The agency's branding is the agency's, not the client's,
 * and stays. Redelivery is dropped by the consumer's inbox; a second request would find nothing left.
 */
export async function purgeClient(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.client.deletion_requested'>,
): Promise<void> {
  const { agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { agencyId, clientId })) return;
  // First, so a late event about the client that commits after this finds it purged (store/purged-clients.ts).
  await recordPurgedClient(tx, agencyId, clientId);
  const notifications = await deleteClientNotifications(tx, agencyId, clientId);
  const emailDeliveries = await deleteClientEmailDeliveries(tx, agencyId, clientId);
  await deleteEventsAboutClient(tx, agencyId, clientId);
  await enqueueEvent(
    tx,
    {
      type: 'atrium.notification.v1.client.purged',
      subject: `agencies/${agencyId}/clients/${clientId}`,
      data: { agencyId, clientId, service: 'notification' },
    },
    EVENT_SOURCE,
  );
  logger.info({ agencyId, clientId, notifications, emailDeliveries }, 'purged the client');
}
