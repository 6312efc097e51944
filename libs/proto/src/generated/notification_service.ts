import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListNotificationsRequest as _atrium_notification_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _atrium_notification_v1_ListNotificationsRequest__Output } from './atrium/notification/v1/ListNotificationsRequest';
import type { ListNotificationsResponse as _atrium_notification_v1_ListNotificationsResponse, ListNotificationsResponse__Output as _atrium_notification_v1_ListNotificationsResponse__Output } from './atrium/notification/v1/ListNotificationsResponse';
import type { Notification as _atrium_notification_v1_Notification, Notification__Output as _atrium_notification_v1_Notification__Output } from './atrium/notification/v1/Notification';
import type { NotificationServiceClient as _atrium_notification_v1_NotificationServiceClient, NotificationServiceDefinition as _atrium_notification_v1_NotificationServiceDefinition } from './atrium/notification/v1/NotificationService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    notification: {
      v1: {
        ListNotificationsRequest: MessageTypeDefinition<_atrium_notification_v1_ListNotificationsRequest, _atrium_notification_v1_ListNotificationsRequest__Output>
        ListNotificationsResponse: MessageTypeDefinition<_atrium_notification_v1_ListNotificationsResponse, _atrium_notification_v1_ListNotificationsResponse__Output>
        Notification: MessageTypeDefinition<_atrium_notification_v1_Notification, _atrium_notification_v1_Notification__Output>
        NotificationService: SubtypeConstructor<typeof grpc.Client, _atrium_notification_v1_NotificationServiceClient> & { service: _atrium_notification_v1_NotificationServiceDefinition }
      }
    }
  }
}

