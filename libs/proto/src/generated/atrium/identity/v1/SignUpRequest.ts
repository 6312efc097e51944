// Original file: protos/atrium/identity/v1/identity_service.proto


export interface SignUpRequest {
  'agencyName'?: (string);
  'name'?: (string);
  'email'?: (string);
  'password'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
}

export interface SignUpRequest__Output {
  'agencyName': (string);
  'name': (string);
  'email': (string);
  'password': (string);
  'userAgent': (string);
  'ip': (string);
}
