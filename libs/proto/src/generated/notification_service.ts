import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { EmailDelivery as _atrium_notification_v1_EmailDelivery, EmailDelivery__Output as _atrium_notification_v1_EmailDelivery__Output } from './atrium/notification/v1/EmailDelivery';
import type { GetUnreadCountRequest as _atrium_notification_v1_GetUnreadCountRequest, GetUnreadCountRequest__Output as _atrium_notification_v1_GetUnreadCountRequest__Output } from './atrium/notification/v1/GetUnreadCountRequest';
import type { GetUnreadCountResponse as _atrium_notification_v1_GetUnreadCountResponse, GetUnreadCountResponse__Output as _atrium_notification_v1_GetUnreadCountResponse__Output } from './atrium/notification/v1/GetUnreadCountResponse';
import type { ListEmailDeliveriesRequest as _atrium_notification_v1_ListEmailDeliveriesRequest, ListEmailDeliveriesRequest__Output as _atrium_notification_v1_ListEmailDeliveriesRequest__Output } from './atrium/notification/v1/ListEmailDeliveriesRequest';
import type { ListEmailDeliveriesResponse as _atrium_notification_v1_ListEmailDeliveriesResponse, ListEmailDeliveriesResponse__Output as _atrium_notification_v1_ListEmailDeliveriesResponse__Output } from './atrium/notification/v1/ListEmailDeliveriesResponse';
import type { ListNotificationsRequest as _atrium_notification_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _atrium_notification_v1_ListNotificationsRequest__Output } from './atrium/notification/v1/ListNotificationsRequest';
import type { ListNotificationsResponse as _atrium_notification_v1_ListNotificationsResponse, ListNotificationsResponse__Output as _atrium_notification_v1_ListNotificationsResponse__Output } from './atrium/notification/v1/ListNotificationsResponse';
import type { MarkAllNotificationsReadRequest as _atrium_notification_v1_MarkAllNotificationsReadRequest, MarkAllNotificationsReadRequest__Output as _atrium_notification_v1_MarkAllNotificationsReadRequest__Output } from './atrium/notification/v1/MarkAllNotificationsReadRequest';
import type { MarkAllNotificationsReadResponse as _atrium_notification_v1_MarkAllNotificationsReadResponse, MarkAllNotificationsReadResponse__Output as _atrium_notification_v1_MarkAllNotificationsReadResponse__Output } from './atrium/notification/v1/MarkAllNotificationsReadResponse';
import type { MarkNotificationReadRequest as _atrium_notification_v1_MarkNotificationReadRequest, MarkNotificationReadRequest__Output as _atrium_notification_v1_MarkNotificationReadRequest__Output } from './atrium/notification/v1/MarkNotificationReadRequest';
import type { MarkNotificationReadResponse as _atrium_notification_v1_MarkNotificationReadResponse, MarkNotificationReadResponse__Output as _atrium_notification_v1_MarkNotificationReadResponse__Output } from './atrium/notification/v1/MarkNotificationReadResponse';
import type { Notification as _atrium_notification_v1_Notification, Notification__Output as _atrium_notification_v1_Notification__Output } from './atrium/notification/v1/Notification';
import type { NotificationServiceClient as _atrium_notification_v1_NotificationServiceClient, NotificationServiceDefinition as _atrium_notification_v1_NotificationServiceDefinition } from './atrium/notification/v1/NotificationService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    notification: {
      v1: {
        EmailDelivery: MessageTypeDefinition<_atrium_notification_v1_EmailDelivery, _atrium_notification_v1_EmailDelivery__Output>
        EmailDeliveryStatus: EnumTypeDefinition
        GetUnreadCountRequest: MessageTypeDefinition<_atrium_notification_v1_GetUnreadCountRequest, _atrium_notification_v1_GetUnreadCountRequest__Output>
        GetUnreadCountResponse: MessageTypeDefinition<_atrium_notification_v1_GetUnreadCountResponse, _atrium_notification_v1_GetUnreadCountResponse__Output>
        ListEmailDeliveriesRequest: MessageTypeDefinition<_atrium_notification_v1_ListEmailDeliveriesRequest, _atrium_notification_v1_ListEmailDeliveriesRequest__Output>
        ListEmailDeliveriesResponse: MessageTypeDefinition<_atrium_notification_v1_ListEmailDeliveriesResponse, _atrium_notification_v1_ListEmailDeliveriesResponse__Output>
        ListNotificationsRequest: MessageTypeDefinition<_atrium_notification_v1_ListNotificationsRequest, _atrium_notification_v1_ListNotificationsRequest__Output>
        ListNotificationsResponse: MessageTypeDefinition<_atrium_notification_v1_ListNotificationsResponse, _atrium_notification_v1_ListNotificationsResponse__Output>
        MarkAllNotificationsReadRequest: MessageTypeDefinition<_atrium_notification_v1_MarkAllNotificationsReadRequest, _atrium_notification_v1_MarkAllNotificationsReadRequest__Output>
        MarkAllNotificationsReadResponse: MessageTypeDefinition<_atrium_notification_v1_MarkAllNotificationsReadResponse, _atrium_notification_v1_MarkAllNotificationsReadResponse__Output>
        MarkNotificationReadRequest: MessageTypeDefinition<_atrium_notification_v1_MarkNotificationReadRequest, _atrium_notification_v1_MarkNotificationReadRequest__Output>
        MarkNotificationReadResponse: MessageTypeDefinition<_atrium_notification_v1_MarkNotificationReadResponse, _atrium_notification_v1_MarkNotificationReadResponse__Output>
        Notification: MessageTypeDefinition<_atrium_notification_v1_Notification, _atrium_notification_v1_Notification__Output>
        NotificationService: SubtypeConstructor<typeof grpc.Client, _atrium_notification_v1_NotificationServiceClient> & { service: _atrium_notification_v1_NotificationServiceDefinition }
      }
    }
  }
}

