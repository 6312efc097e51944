import { EMAIL_DELIVERY_STATUSES, type notification } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { dateTime } from '../shared/fields';
import { oneOf, orNull } from '../shared/contract';

export const NotificationSchema = z
  .object({
    id: z.string().openapi({ description: 'Also the `id` of its server-sent event.' }),
    kind: z
      .string()
      .openapi({ description: 'What happened, e.g. `client.created`.', example: 'client.created' }),
    title: z.string(),
    body: z.string(),
    clientId: z.string().nullable().openapi({ description: 'The client the notification concerns, if any.' }),
    createdAt: dateTime,
    readAt: dateTime.nullable().openapi({ description: 'null while unread.' }),
  })
  .openapi('Notification');

export type NotificationJson = z.input<typeof NotificationSchema>;

/** One notification as every notification route and the stream render it. */
export function notificationJsonOf(item: notification.Notification__Output): NotificationJson {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    body: item.body,
    clientId: orNull(item.clientId),
    createdAt: item.createdAt,
    readAt: orNull(item.readAt),
  };
}

export { EMAIL_DELIVERY_STATUSES };

export const EmailDeliverySchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({
      description:
        '`invitation`, `password_reset`, `login_locked`, `suspicious_sign_in`, `account_manager_assigned`, ' +
        '`card_declined`, `card_expiring`, `subscription_past_due` or `system_notice`.',
      example: 'invitation',
    }),
    recipient: z.string().openapi({ format: 'email' }),
    subject: z.string(),
    status: z.enum(EMAIL_DELIVERY_STATUSES).openapi({
      description:
        '`pending` (waiting for its first or next attempt), `sent`, or `failed` (given up after the last ' +
        'attempt, or at once when the receiving server refused it permanently).',
    }),
    attempts: z.number().int(),
    lastError: z
      .string()
      .nullable()
      .openapi({ description: 'Why the last attempt failed; null when none did.' }),
    clientId: z.string().nullable().openapi({ description: 'The client the email concerns, if any.' }),
    createdAt: dateTime,
    nextAttemptAt: dateTime
      .nullable()
      .openapi({ description: 'When the next attempt is due; only while pending.' }),
    sentAt: dateTime.nullable(),
    failedAt: dateTime.nullable(),
  })
  .openapi('EmailDelivery');

/** An email's delivery, never its content: the body may hold a single-use link. */
export function emailDeliveryJsonOf(
  item: notification.EmailDelivery__Output,
): z.input<typeof EmailDeliverySchema> {
  return {
    id: item.id,
    kind: item.kind,
    recipient: item.recipient,
    subject: item.subject,
    status: oneOf(EMAIL_DELIVERY_STATUSES, item.status, 'email delivery status'),
    attempts: item.attempts,
    lastError: orNull(item.lastError),
    clientId: orNull(item.clientId),
    createdAt: item.createdAt,
    nextAttemptAt: orNull(item.nextAttemptAt),
    sentAt: orNull(item.sentAt),
    failedAt: orNull(item.failedAt),
  };
}
