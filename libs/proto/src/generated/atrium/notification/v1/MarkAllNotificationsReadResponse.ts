// Original file: protos/atrium/notification/v1/notification_service.proto


export interface MarkAllNotificationsReadResponse {
  'marked'?: (number);
}

export interface MarkAllNotificationsReadResponse__Output {
  'marked': (number);
}
