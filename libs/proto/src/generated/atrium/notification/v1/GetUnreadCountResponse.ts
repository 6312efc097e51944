// Original file: protos/atrium/notification/v1/notification_service.proto


export interface GetUnreadCountResponse {
  'count'?: (number);
}

export interface GetUnreadCountResponse__Output {
  'count': (number);
}
