// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface StartClientSwitchRequest {
  'clientId'?: (string);
}

export interface StartClientSwitchRequest__Output {
  'clientId': (string);
}
