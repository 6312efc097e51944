// Original file: protos/atrium/identity/v1/identity_events.proto


export interface LoginLocked {
  'userId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'agencyId'?: (string);
  'token'?: (string);
  'expiresAt'?: (string);
}

export interface LoginLocked__Output {
  'userId': (string);
  'email': (string);
  'name': (string);
  'agencyId': (string);
  'token': (string);
  'expiresAt': (string);
}
