// Original file: protos/atrium/identity/v1/identity_service.proto


export interface SetAvatarRequest {
  'contentType'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

export interface SetAvatarRequest__Output {
  'contentType': (string);
  'data': (Buffer);
}
