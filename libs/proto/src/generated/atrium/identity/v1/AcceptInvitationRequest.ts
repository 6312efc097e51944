// Original file: protos/atrium/identity/v1/identity_service.proto


export interface AcceptInvitationRequest {
  'token'?: (string);
  'name'?: (string);
  'password'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
}

export interface AcceptInvitationRequest__Output {
  'token': (string);
  'name': (string);
  'password': (string);
  'userAgent': (string);
  'ip': (string);
}
