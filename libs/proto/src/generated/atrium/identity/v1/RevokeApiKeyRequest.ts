// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RevokeApiKeyRequest {
  'apiKeyId'?: (string);
}

export interface RevokeApiKeyRequest__Output {
  'apiKeyId': (string);
}
