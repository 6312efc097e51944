// Original file: protos/atrium/identity/v1/identity_service.proto


export interface GetAvatarRequest {
  'userId'?: (string);
}

export interface GetAvatarRequest__Output {
  'userId': (string);
}
