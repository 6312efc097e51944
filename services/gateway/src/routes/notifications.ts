import type { notification } from '@atrium/proto';
import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { orNull } from './contract';
import { cursorParam, limitParam, nextCursor } from './pagination';

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z
      .string()
      .openapi({ description: 'What happened, e.g. `client.created`.', example: 'client.created' }),
    title: z.string(),
    body: z.string(),
    clientId: z.string().nullable().openapi({ description: 'The client the notification concerns, if any.' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    readAt: z.string().nullable().openapi({ format: 'date-time', description: 'null while unread.' }),
  })
  .openapi('Notification');

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

function notificationJsonOf(item: notification.Notification__Output): z.input<typeof NotificationSchema> {
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
      // Notifications are addressed to people; an API key has none.
      personOnly: true,
      query: ListNotificationsQuerySchema,
      response: { status: 200, description: 'One page of notifications.', schema: NotificationPageSchema },
    },
    async ({ query }) => {
      const answer = await backends.notification.ListNotifications({
        limit: query.limit,
        cursor: query.cursor ?? '',
        unreadOnly: query.unread === 'true',
      });
      return { items: answer.notifications.map(notificationJsonOf), nextCursor: answer.nextCursor || null };
    },
  );
}
