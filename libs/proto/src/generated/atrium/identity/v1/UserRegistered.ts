// Original file: protos/atrium/identity/v1/identity_events.proto


export interface UserRegistered {
  'userId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'agencyId'?: (string);
}

export interface UserRegistered__Output {
  'userId': (string);
  'email': (string);
  'name': (string);
  'agencyId': (string);
}
