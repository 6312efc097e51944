// Original file: protos/atrium/identity/v1/identity_service.proto


export interface IssueSwitchTokenResponse {
  'accessToken'?: (string);
  'expiresAt'?: (string);
  'clientId'?: (string);
}

export interface IssueSwitchTokenResponse__Output {
  'accessToken': (string);
  'expiresAt': (string);
  'clientId': (string);
}
