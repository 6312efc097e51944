// Original file: protos/atrium/notification/v1/notification_service.proto

import type { Notification as _atrium_notification_v1_Notification, Notification__Output as _atrium_notification_v1_Notification__Output } from '../../../atrium/notification/v1/Notification';

export interface ListNotificationsResponse {
  'notifications'?: (_atrium_notification_v1_Notification)[];
  'nextCursor'?: (string);
}

export interface ListNotificationsResponse__Output {
  'notifications': (_atrium_notification_v1_Notification__Output)[];
  'nextCursor': (string);
}
