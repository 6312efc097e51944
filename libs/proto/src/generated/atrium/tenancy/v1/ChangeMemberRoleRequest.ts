// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ChangeMemberRoleRequest {
  'userId'?: (string);
  'role'?: (string);
  'roleId'?: (string);
}

export interface ChangeMemberRoleRequest__Output {
  'userId': (string);
  'role': (string);
  'roleId': (string);
}
