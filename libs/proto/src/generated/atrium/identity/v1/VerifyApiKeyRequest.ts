// Original file: protos/atrium/identity/v1/identity_service.proto


export interface VerifyApiKeyRequest {
  'secret'?: (string);
}

export interface VerifyApiKeyRequest__Output {
  'secret': (string);
}
