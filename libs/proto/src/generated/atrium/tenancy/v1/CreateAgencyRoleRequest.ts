// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface CreateAgencyRoleRequest {
  'name'?: (string);
  'description'?: (string);
  'permissions'?: (string)[];
}

export interface CreateAgencyRoleRequest__Output {
  'name': (string);
  'description': (string);
  'permissions': (string)[];
}
