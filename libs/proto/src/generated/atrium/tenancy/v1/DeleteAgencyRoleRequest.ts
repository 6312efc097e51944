// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DeleteAgencyRoleRequest {
  'roleId'?: (string);
}

export interface DeleteAgencyRoleRequest__Output {
  'roleId': (string);
}
