// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface UpdateClientUserRequest {
  'clientId'?: (string);
  'userId'?: (string);
  'name'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'role'?: (string);
  'status'?: (string);
  '_name'?: "name";
  '_position'?: "position";
  '_phone'?: "phone";
  '_role'?: "role";
  '_status'?: "status";
}

export interface UpdateClientUserRequest__Output {
  'clientId': (string);
  'userId': (string);
  'name'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'role'?: (string);
  'status'?: (string);
  '_name'?: "name";
  '_position'?: "position";
  '_phone'?: "phone";
  '_role'?: "role";
  '_status'?: "status";
}
