// Original file: protos/atrium/identity/v1/identity_service.proto


export interface CreateApiKeyRequest {
  'name'?: (string);
  'permissions'?: (string)[];
}

export interface CreateApiKeyRequest__Output {
  'name': (string);
  'permissions': (string)[];
}
