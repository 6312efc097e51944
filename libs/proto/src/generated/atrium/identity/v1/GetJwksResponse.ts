// Original file: protos/atrium/identity/v1/identity_service.proto


export interface GetJwksResponse {
  'jwksJson'?: (string);
}

export interface GetJwksResponse__Output {
  'jwksJson': (string);
}
