// Original file: protos/atrium/notification/v1/notification_events.proto


export interface NotificationCreated {
  'notificationId'?: (string);
  'userId'?: (string);
  'agencyId'?: (string);
  'kind'?: (string);
  'title'?: (string);
  'body'?: (string);
  'clientId'?: (string);
  'createdAt'?: (string);
}

export interface NotificationCreated__Output {
  'notificationId': (string);
  'userId': (string);
  'agencyId': (string);
  'kind': (string);
  'title': (string);
  'body': (string);
  'clientId': (string);
  'createdAt': (string);
}
