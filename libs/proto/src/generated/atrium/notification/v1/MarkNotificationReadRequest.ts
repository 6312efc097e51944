// Original file: protos/atrium/notification/v1/notification_service.proto


export interface MarkNotificationReadRequest {
  'notificationId'?: (string);
}

export interface MarkNotificationReadRequest__Output {
  'notificationId': (string);
}
