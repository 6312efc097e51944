// Original file: protos/atrium/identity/v1/identity.proto


export interface User {
  'id'?: (string);
  'email'?: (string);
  'name'?: (string);
  'createdAt'?: (string);
  'phone'?: (string);
  'position'?: (string);
  'avatarUrl'?: (string);
  'updatedAt'?: (string);
}

export interface User__Output {
  'id': (string);
  'email': (string);
  'name': (string);
  'createdAt': (string);
  'phone': (string);
  'position': (string);
  'avatarUrl': (string);
  'updatedAt': (string);
}
