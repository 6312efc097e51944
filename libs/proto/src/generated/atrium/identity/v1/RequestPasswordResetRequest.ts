// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RequestPasswordResetRequest {
  'email'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
}

export interface RequestPasswordResetRequest__Output {
  'email': (string);
  'userAgent': (string);
  'ip': (string);
}
