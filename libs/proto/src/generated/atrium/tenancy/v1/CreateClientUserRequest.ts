// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface CreateClientUserRequest {
  'clientId'?: (string);
  'name'?: (string);
  'email'?: (string);
  'role'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'withPassword'?: (boolean);
  'sendInvitation'?: (boolean);
  'password'?: (string);
}

export interface CreateClientUserRequest__Output {
  'clientId': (string);
  'name': (string);
  'email': (string);
  'role': (string);
  'position': (string);
  'phone': (string);
  'withPassword': (boolean);
  'sendInvitation': (boolean);
  'password': (string);
}
