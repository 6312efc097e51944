// Original file: protos/atrium/identity/v1/identity_events.proto


export interface UserUpdated {
  'userId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'phone'?: (string);
  'position'?: (string);
  'avatarUrl'?: (string);
}

export interface UserUpdated__Output {
  'userId': (string);
  'email': (string);
  'name': (string);
  'phone': (string);
  'position': (string);
  'avatarUrl': (string);
}
