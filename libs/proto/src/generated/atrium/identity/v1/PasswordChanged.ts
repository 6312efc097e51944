// Original file: protos/atrium/identity/v1/identity_events.proto


export interface PasswordChanged {
  'userId'?: (string);
  'email'?: (string);
  'reason'?: (string);
}

export interface PasswordChanged__Output {
  'userId': (string);
  'email': (string);
  'reason': (string);
}
