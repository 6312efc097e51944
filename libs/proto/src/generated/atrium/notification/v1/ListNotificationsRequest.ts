// Original file: protos/atrium/notification/v1/notification_service.proto


export interface ListNotificationsRequest {
  'limit'?: (number);
  'cursor'?: (string);
  'unreadOnly'?: (boolean);
  'afterId'?: (string);
}

export interface ListNotificationsRequest__Output {
  'limit': (number);
  'cursor': (string);
  'unreadOnly': (boolean);
  'afterId': (string);
}
