import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import { insertNotifications, type NewNotificationRow } from '../store/notifications';
import { purgedClientIds } from '../store/purged-clients';
import type { Tx } from '../store/transaction';

export const NOTIFICATION_CREATED = 'atrium.notification.v1.notification.created';

export type NewNotification = NewNotificationRow;

/**
 * Puts notifications in their recipients' bells and publishes notification.created for each, in the
 * caller's transaction, so open streams hear of exactly the notifications that committed. The unique
 * (event, recipient) key skips a notification the same event already created; none is made about a
 * client whose data was purged.
 */
export async function createNotifications(
  tx: Tx,
  sourceEventId: string,
  notifications: NewNotification[],
): Promise<void> {
  const purged = await purgedClientIds(
    tx,
    notifications.map((notification) => notification.clientId),
  );
  const kept = notifications.filter(
    (notification) => !notification.clientId || !purged.has(notification.clientId),
  );
  if (kept.length === 0) return;
  const created = await insertNotifications(tx, sourceEventId, kept);
  for (const row of created) {
    await enqueueEvent(
      tx,
      {
        type: NOTIFICATION_CREATED,
        subject: `agencies/${row.agencyId}/users/${row.userId}/notifications/${row.id}`,
        data: {
          notificationId: row.id,
          userId: row.userId,
          agencyId: row.agencyId,
          kind: row.kind,
          title: row.title,
          body: row.body,
          clientId: row.clientId ?? '',
          createdAt: row.createdAt.toISOString(),
        },
      },
      EVENT_SOURCE,
    );
  }
}
