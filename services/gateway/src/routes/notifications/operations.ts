import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { present } from '../shared/contract';
import {
  EMAIL_DELIVERY_STATUSES,
  EmailDeliverySchema,
  emailDeliveryJsonOf,
  NotificationSchema,
  notificationJsonOf,
} from './mapper';
import { cursorParam, limitParam, listAnswer, nextCursor, pageOf } from '../shared/fields';

export const ListNotificationsQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  unread: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`true` lists unread notifications only.' }),
});

export const NotificationPageSchema = z
  .object({ items: z.array(NotificationSchema), nextCursor })
  .openapi('NotificationPage');

export const UnreadCountSchema = z
  .object({ count: z.number().int().openapi({ description: "Unread notifications: the bell's badge." }) })
  .openapi('UnreadCount');

export const MarkedReadSchema = z
  .object({
    marked: z.number().int().openapi({ description: 'How many notifications this call marked read.' }),
  })
  .openapi('MarkedRead');

export const NotificationIdParamsSchema = z.strictObject({
  id: z.uuid().openapi({ description: 'The notification id.' }),
});

export const ListEmailDeliveriesQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  status: z
    .enum(EMAIL_DELIVERY_STATUSES)
    .optional()
    .openapi({ description: 'Only deliveries in this status; all when omitted.' }),
});

export const EmailDeliveryPageSchema = z
  .object({ items: z.array(EmailDeliverySchema), nextCursor })
  .openapi('EmailDeliveryPage');

// Notifications are addressed to people; an API key has none, so every route here is person-only.
export function addNotificationRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'notification'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/notifications',
      operationId: 'listNotifications',
      tag: 'notifications',
      summary: 'List my notifications',
      description: "The caller's in-app notifications in the caller's agency, newest first.",
      authenticated: true,
      personOnly: true,
      query: ListNotificationsQuerySchema,
      response: { status: 200, description: 'One page of notifications.', schema: NotificationPageSchema },
    },
    async ({ query }) => {
      const answer = await backends.notification.ListNotifications({
        ...pageOf(query),
        unreadOnly: query.unread === 'true',
      });
      return listAnswer(answer.notifications, notificationJsonOf, answer.nextCursor);
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/notifications/unread-count',
      operationId: 'countUnreadNotifications',
      tag: 'notifications',
      summary: 'Count my unread notifications',
      description:
        "How many of the caller's notifications in the caller's agency are unread: the bell's badge.",
      authenticated: true,
      personOnly: true,
      response: { status: 200, description: 'The count.', schema: UnreadCountSchema },
    },
    async () => ({ count: (await backends.notification.GetUnreadCount({})).count }),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/notifications/{id}/read',
      operationId: 'markNotificationRead',
      tag: 'notifications',
      summary: 'Mark a notification read',
      description: 'Marks one of my notifications read; marking it again keeps the first `readAt`.',
      authenticated: true,
      personOnly: true,
      params: NotificationIdParamsSchema,
      response: { status: 200, description: 'The notification, read.', schema: NotificationSchema },
      problems: { 404: "No such notification of the caller's (`not_found`), e.g. another person's." },
    },
    async ({ params }) => {
      const answer = await backends.notification.MarkNotificationRead({ notificationId: params.id });
      return notificationJsonOf(present(answer.notification, 'notification'));
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/notifications/read-all',
      operationId: 'markAllNotificationsRead',
      tag: 'notifications',
      summary: 'Mark all my notifications read',
      description: "Marks every unread notification of the caller in the caller's agency read.",
      authenticated: true,
      personOnly: true,
      response: { status: 200, description: 'How many were marked.', schema: MarkedReadSchema },
    },
    async () => ({ marked: (await backends.notification.MarkAllNotificationsRead({})).marked }),
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/notifications/deliveries',
      operationId: 'listEmailDeliveries',
      tag: 'notifications',
      summary: "List my agency's email deliveries",
      description:
        "The emails sent, being sent or given up on the caller's agency's behalf, newest first: recipient, " +
        'kind, status, attempts and the last error, never the message itself. For agency owners and admins.',
      authenticated: true,
      personOnly: true,
      query: ListEmailDeliveriesQuerySchema,
      response: { status: 200, description: 'One page of deliveries.', schema: EmailDeliveryPageSchema },
      problems: { 403: 'The caller is not an agency owner or admin (`forbidden`).' },
    },
    async ({ query }) => {
      const answer = await backends.notification.ListEmailDeliveries({
        ...pageOf(query),
        status: query.status ?? '',
      });
      return listAnswer(answer.deliveries, emailDeliveryJsonOf, answer.nextCursor);
    },
  );
}
