// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RefreshRequest {
  'refreshToken'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
}

export interface RefreshRequest__Output {
  'refreshToken': (string);
  'userAgent': (string);
  'ip': (string);
}
