// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface StartClientSwitchResponse {
  'clientId'?: (string);
  'clientName'?: (string);
  'clientStatus'?: (string);
}

export interface StartClientSwitchResponse__Output {
  'clientId': (string);
  'clientName': (string);
  'clientStatus': (string);
}
