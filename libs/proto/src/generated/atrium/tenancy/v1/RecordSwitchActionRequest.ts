// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RecordSwitchActionRequest {
  'method'?: (string);
  'route'?: (string);
  'statusCode'?: (number);
}

export interface RecordSwitchActionRequest__Output {
  'method': (string);
  'route': (string);
  'statusCode': (number);
}
