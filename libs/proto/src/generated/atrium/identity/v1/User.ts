// Original file: protos/atrium/identity/v1/identity.proto


export interface User {
  'id'?: (string);
  'email'?: (string);
  'name'?: (string);
  'createdAt'?: (string);
}

export interface User__Output {
  'id': (string);
  'email': (string);
  'name': (string);
  'createdAt': (string);
}
