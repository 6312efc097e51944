// Original file: protos/atrium/notification/v1/notification_service.proto


export interface EmailDelivery {
  'id'?: (string);
  'kind'?: (string);
  'recipient'?: (string);
  'subject'?: (string);
  'status'?: (string);
  'attempts'?: (number);
  'lastError'?: (string);
  'clientId'?: (string);
  'createdAt'?: (string);
  'nextAttemptAt'?: (string);
  'sentAt'?: (string);
  'failedAt'?: (string);
}

export interface EmailDelivery__Output {
  'id': (string);
  'kind': (string);
  'recipient': (string);
  'subject': (string);
  'status': (string);
  'attempts': (number);
  'lastError': (string);
  'clientId': (string);
  'createdAt': (string);
  'nextAttemptAt': (string);
  'sentAt': (string);
  'failedAt': (string);
}
