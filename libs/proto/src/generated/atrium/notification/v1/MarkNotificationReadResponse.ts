// Original file: protos/atrium/notification/v1/notification_service.proto

import type { Notification as _atrium_notification_v1_Notification, Notification__Output as _atrium_notification_v1_Notification__Output } from '../../../atrium/notification/v1/Notification';

export interface MarkNotificationReadResponse {
  'notification'?: (_atrium_notification_v1_Notification | null);
}

export interface MarkNotificationReadResponse__Output {
  'notification': (_atrium_notification_v1_Notification__Output | null);
}
