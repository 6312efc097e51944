// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { PermissionList as _atrium_tenancy_v1_PermissionList, PermissionList__Output as _atrium_tenancy_v1_PermissionList__Output } from '../../../atrium/tenancy/v1/PermissionList';

export interface UpdateAgencyRoleRequest {
  'roleId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'permissions'?: (_atrium_tenancy_v1_PermissionList | null);
  '_name'?: "name";
  '_description'?: "description";
}

export interface UpdateAgencyRoleRequest__Output {
  'roleId': (string);
  'name'?: (string);
  'description'?: (string);
  'permissions': (_atrium_tenancy_v1_PermissionList__Output | null);
  '_name'?: "name";
  '_description'?: "description";
}
