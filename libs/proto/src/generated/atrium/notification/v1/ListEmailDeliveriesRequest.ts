// Original file: protos/atrium/notification/v1/notification_service.proto


export interface ListEmailDeliveriesRequest {
  'limit'?: (number);
  'cursor'?: (string);
  'status'?: (string);
}

export interface ListEmailDeliveriesRequest__Output {
  'limit': (number);
  'cursor': (string);
  'status': (string);
}
