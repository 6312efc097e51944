// Original file: protos/atrium/identity/v1/identity_service.proto


export interface CreateClientUserWithPasswordRequest {
  'clientId'?: (string);
  'name'?: (string);
  'email'?: (string);
  'role'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'password'?: (string);
}

export interface CreateClientUserWithPasswordRequest__Output {
  'clientId': (string);
  'name': (string);
  'email': (string);
  'role': (string);
  'position': (string);
  'phone': (string);
  'password': (string);
}
