// Original file: protos/atrium/identity/v1/identity_service.proto


export interface GetAvatarResponse {
  'contentType'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'etag'?: (string);
}

export interface GetAvatarResponse__Output {
  'contentType': (string);
  'data': (Buffer);
  'etag': (string);
}
