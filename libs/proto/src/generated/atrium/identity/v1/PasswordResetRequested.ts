// Original file: protos/atrium/identity/v1/identity_events.proto


export interface PasswordResetRequested {
  'userId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'agencyId'?: (string);
  'token'?: (string);
  'expiresAt'?: (string);
}

export interface PasswordResetRequested__Output {
  'userId': (string);
  'email': (string);
  'name': (string);
  'agencyId': (string);
  'token': (string);
  'expiresAt': (string);
}
