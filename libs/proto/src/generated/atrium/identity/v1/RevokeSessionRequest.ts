// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RevokeSessionRequest {
  'sessionId'?: (string);
}

export interface RevokeSessionRequest__Output {
  'sessionId': (string);
}
