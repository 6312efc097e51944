// Original file: protos/atrium/identity/v1/identity_service.proto


export interface LoginRequest {
  'email'?: (string);
  'password'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
}

export interface LoginRequest__Output {
  'email': (string);
  'password': (string);
  'userAgent': (string);
  'ip': (string);
}
