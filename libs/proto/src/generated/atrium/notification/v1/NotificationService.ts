// Original file: protos/atrium/notification/v1/notification_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListNotificationsRequest as _atrium_notification_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _atrium_notification_v1_ListNotificationsRequest__Output } from '../../../atrium/notification/v1/ListNotificationsRequest';
import type { ListNotificationsResponse as _atrium_notification_v1_ListNotificationsResponse, ListNotificationsResponse__Output as _atrium_notification_v1_ListNotificationsResponse__Output } from '../../../atrium/notification/v1/ListNotificationsResponse';

export interface NotificationServiceClient extends grpc.Client {
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _atrium_notification_v1_ListNotificationsRequest, callback: grpc.requestCallback<_atrium_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NotificationServiceHandlers extends grpc.UntypedServiceImplementation {
  ListNotifications: grpc.handleUnaryCall<_atrium_notification_v1_ListNotificationsRequest__Output, _atrium_notification_v1_ListNotificationsResponse>;
  
}

export interface NotificationServiceDefinition extends grpc.ServiceDefinition {
  ListNotifications: MethodDefinition<_atrium_notification_v1_ListNotificationsRequest, _atrium_notification_v1_ListNotificationsResponse, _atrium_notification_v1_ListNotificationsRequest__Output, _atrium_notification_v1_ListNotificationsResponse__Output>
}
