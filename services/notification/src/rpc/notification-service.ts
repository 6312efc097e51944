import { defineService, loadProto, type PromiseClient, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type notification, type NotificationProto, type tenancy } from '@atrium/proto';
import { listEmailDeliveries } from '../deliveries/list-email-deliveries';
import { getUnreadCount } from '../notifications/get-unread-count';
import { listNotifications } from '../notifications/list-notifications';
import { markAllNotificationsRead } from '../notifications/mark-all-notifications-read';
import { markNotificationRead } from '../notifications/mark-notification-read';
import type { Db } from '../store/transaction';
import { emailDeliveryToProto, notificationToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function notificationService(
  db: Db,
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
): ServiceRegistration {
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
      GetUnreadCount: async (_request, call) => ({ count: await getUnreadCount(db, call.actor) }),
      MarkNotificationRead: async (request, call) => ({
        notification: notificationToProto(await markNotificationRead(db, call.actor, request.notificationId)),
      }),
      MarkAllNotificationsRead: async (_request, call) => ({
        marked: await markAllNotificationsRead(db, call.actor),
      }),
      ListEmailDeliveries: async (request, call) => {
        const page = await listEmailDeliveries(db, tenancyClient, call.actor, request);
        return {
          deliveries: page.deliveries.map(emailDeliveryToProto),
          nextCursor: page.nextCursor ?? '',
        };
      },
    },
  );
}
