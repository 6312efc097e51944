import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type notification, type NotificationProto } from '@atrium/proto';
import type { Notification } from '../generated/prisma/client';
import { listNotifications } from '../notifications/list-notifications';
import type { Db } from '../store/db';

function notificationToProto(row: Notification): notification.Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    clientId: row.clientId ?? '',
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? '',
  };
}

/** gRPC handlers: proto in, one use case, proto out. */
export function notificationService(db: Db): ServiceRegistration {
  const proto = loadProto<NotificationProto>(SERVICE_PROTO_FILES.notification);
  return defineService<notification.NotificationServiceDefinition>(
    'atrium.notification.v1.NotificationService',
    proto.atrium.notification.v1.NotificationService.service,
    {
      ListNotifications: async (request, call) => {
        const page = await listNotifications(db, call.actor, request);
        return {
          notifications: page.notifications.map(notificationToProto),
          nextCursor: page.nextCursor ?? '',
        };
      },
    },
  );
}
