import type { notification } from '@atrium/proto';
import type { DeliveryListItem } from '../deliveries/list-email-deliveries';
import type { Notification } from '../store/notifications';

const iso = (date: Date | null): string => date?.toISOString() ?? '';

export function notificationToProto(row: Notification): notification.Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    clientId: row.clientId ?? '',
    createdAt: iso(row.createdAt),
    readAt: iso(row.readAt),
  };
}

export function emailDeliveryToProto(row: DeliveryListItem): notification.EmailDelivery {
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError ?? '',
    clientId: row.clientId ?? '',
    createdAt: iso(row.createdAt),
    // The lease of an attempt in flight is not a time anyone waits for.
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : '',
    sentAt: iso(row.sentAt),
    failedAt: iso(row.failedAt),
  };
}
