// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface PermissionList {
  'permissions'?: (string)[];
}

export interface PermissionList__Output {
  'permissions': (string)[];
}
