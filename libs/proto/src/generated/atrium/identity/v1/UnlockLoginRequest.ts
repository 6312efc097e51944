// Original file: protos/atrium/identity/v1/identity_service.proto


export interface UnlockLoginRequest {
  'token'?: (string);
}

export interface UnlockLoginRequest__Output {
  'token': (string);
}
