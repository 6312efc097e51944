// Original file: protos/atrium/notification/v1/notification_service.proto


export interface Notification {
  'id'?: (string);
  'kind'?: (string);
  'title'?: (string);
  'body'?: (string);
  'clientId'?: (string);
  'createdAt'?: (string);
  'readAt'?: (string);
}

export interface Notification__Output {
  'id': (string);
  'kind': (string);
  'title': (string);
  'body': (string);
  'clientId': (string);
  'createdAt': (string);
  'readAt': (string);
}
