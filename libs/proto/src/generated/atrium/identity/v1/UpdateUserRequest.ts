// Original file: protos/atrium/identity/v1/identity_service.proto


export interface UpdateUserRequest {
  'name'?: (string);
  'phone'?: (string);
  'position'?: (string);
  '_name'?: "name";
  '_phone'?: "phone";
  '_position'?: "position";
}

export interface UpdateUserRequest__Output {
  'name'?: (string);
  'phone'?: (string);
  'position'?: (string);
  '_name'?: "name";
  '_phone'?: "phone";
  '_position'?: "position";
}
