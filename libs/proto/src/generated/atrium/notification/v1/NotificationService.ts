// Original file: protos/atrium/notification/v1/notification_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetUnreadCountRequest as _atrium_notification_v1_GetUnreadCountRequest, GetUnreadCountRequest__Output as _atrium_notification_v1_GetUnreadCountRequest__Output } from '../../../atrium/notification/v1/GetUnreadCountRequest';
import type { GetUnreadCountResponse as _atrium_notification_v1_GetUnreadCountResponse, GetUnreadCountResponse__Output as _atrium_notification_v1_GetUnreadCountResponse__Output } from '../../../atrium/notification/v1/GetUnreadCountResponse';
import type { ListEmailDeliveriesRequest as _atrium_notification_v1_ListEmailDeliveriesRequest, ListEmailDeliveriesRequest__Output as _atrium_notification_v1_ListEmailDeliveriesRequest__Output } from '../../../atrium/notification/v1/ListEmailDeliveriesRequest';
import type { ListEmailDeliveriesResponse as _atrium_notification_v1_ListEmailDeliveriesResponse, ListEmailDeliveriesResponse__Output as _atrium_notification_v1_ListEmailDeliveriesResponse__Output } from '../../../atrium/notification/v1/ListEmailDeliveriesResponse';
import type { ListNotificationsRequest as _atrium_notification_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _atrium_notification_v1_ListNotificationsRequest__Output } from '../../../atrium/notification/v1/ListNotificationsRequest';
import type { ListNotificationsResponse as _atrium_notification_v1_ListNotificationsResponse, ListNotificationsResponse__Output as _atrium_notification_v1_ListNotificationsResponse__Output } from '../../../atrium/notification/v1/ListNotificationsResponse';
import type { MarkAllNotificationsReadRequest as _atrium_notification_v1_MarkAllNotificationsReadRequest, MarkAllNotificationsReadRequest__Output as _atrium_notification_v1_MarkAllNotificationsReadRequest__Output } from '../../../atrium/notification/v1/MarkAllNotificationsReadRequest';
import type { MarkAllNotificationsReadResponse as _atrium_notification_v1_MarkAllNotificationsReadResponse, MarkAllNotificationsReadResponse__Output as _atrium_notification_v1_MarkAllNotificationsReadResponse__Output } from '../../../atrium/notification/v1/MarkAllNotificationsReadResponse';
import type { MarkNotificationReadRequest as _atrium_notification_v1_MarkNotificationReadRequest, MarkNotificationReadRequest__Output as _atrium_notification_v1_MarkNotificationReadRequest__Output } from '../../../atrium/notification/v1/MarkNotificationReadRequest';
import type { MarkNotificationReadResponse as _atrium_notification_v1_MarkNotificationReadResponse, MarkNotificationReadResponse__Output as _atrium_notification_v1_MarkNotificationReadResponse__Output } from '../../../atrium/notification/v1/MarkNotificationReadResponse';

export interface NotificationServiceClient extends grpc.Client {
  GetUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  GetUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  GetUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  GetUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  getUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  getUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  getUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  getUnreadCount(argument: _atrium_notification_v1_GetUnreadCountRequest, callback: grpc.requestCallback<_atrium_notification_v1_GetUnreadCountResponse__Output>): grpc.ClientUnaryCall;
  
  ListEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listEmailDeliveries(argument: _atrium_notification_v1_ListEmailDeliveriesRequest, callback: grpc.requestCallback<_atrium_notification_v1_ListEmailDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  
  MarkAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  MarkAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  MarkAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  MarkAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllNotificationsRead(argument: _atrium_notification_v1_MarkAllNotificationsReadRequest, callback: grpc.requestCallback<_atrium_notification_v1_MarkAllNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  
  MarkNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markNotificationRead(argument: _atrium_notification_v1_MarkNotificationReadRequest, callback: grpc.requestCallback<_atrium_notification_v1_MarkNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NotificationServiceHandlers extends grpc.UntypedServiceImplementation {
  GetUnreadCount: grpc.handleUnaryCall<_atrium_notification_v1_GetUnreadCountRequest__Output, _atrium_notification_v1_GetUnreadCountResponse>;
  
  ListEmailDeliveries: grpc.handleUnaryCall<_atrium_notification_v1_ListEmailDeliveriesRequest__Output, _atrium_notification_v1_ListEmailDeliveriesResponse>;
  
  ListNotifications: grpc.handleUnaryCall<_atrium_notification_v1_ListNotificationsRequest__Output, _atrium_notification_v1_ListNotificationsResponse>;
  
  MarkAllNotificationsRead: grpc.handleUnaryCall<_atrium_notification_v1_MarkAllNotificationsReadRequest__Output, _atrium_notification_v1_MarkAllNotificationsReadResponse>;
  
  MarkNotificationRead: grpc.handleUnaryCall<_atrium_notification_v1_MarkNotificationReadRequest__Output, _atrium_notification_v1_MarkNotificationReadResponse>;
  
}

export interface NotificationServiceDefinition extends grpc.ServiceDefinition {
  GetUnreadCount: MethodDefinition<_atrium_notification_v1_GetUnreadCountRequest, _atrium_notification_v1_GetUnreadCountResponse, _atrium_notification_v1_GetUnreadCountRequest__Output, _atrium_notification_v1_GetUnreadCountResponse__Output>
  ListEmailDeliveries: MethodDefinition<_atrium_notification_v1_ListEmailDeliveriesRequest, _atrium_notification_v1_ListEmailDeliveriesResponse, _atrium_notification_v1_ListEmailDeliveriesRequest__Output, _atrium_notification_v1_ListEmailDeliveriesResponse__Output>
  ListNotifications: MethodDefinition<_atrium_notification_v1_ListNotificationsRequest, _atrium_notification_v1_ListNotificationsResponse, _atrium_notification_v1_ListNotificationsRequest__Output, _atrium_notification_v1_ListNotificationsResponse__Output>
  MarkAllNotificationsRead: MethodDefinition<_atrium_notification_v1_MarkAllNotificationsReadRequest, _atrium_notification_v1_MarkAllNotificationsReadResponse, _atrium_notification_v1_MarkAllNotificationsReadRequest__Output, _atrium_notification_v1_MarkAllNotificationsReadResponse__Output>
  MarkNotificationRead: MethodDefinition<_atrium_notification_v1_MarkNotificationReadRequest, _atrium_notification_v1_MarkNotificationReadResponse, _atrium_notification_v1_MarkNotificationReadRequest__Output, _atrium_notification_v1_MarkNotificationReadResponse__Output>
}
