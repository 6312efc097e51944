// Original file: protos/atrium/identity/v1/identity_service.proto


export interface IssueSwitchTokenRequest {
  'clientId'?: (string);
}

export interface IssueSwitchTokenRequest__Output {
  'clientId': (string);
}
