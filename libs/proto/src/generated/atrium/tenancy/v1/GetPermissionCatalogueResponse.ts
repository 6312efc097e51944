// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Permission as _atrium_tenancy_v1_Permission, Permission__Output as _atrium_tenancy_v1_Permission__Output } from '../../../atrium/tenancy/v1/Permission';
import type { Role as _atrium_tenancy_v1_Role, Role__Output as _atrium_tenancy_v1_Role__Output } from '../../../atrium/tenancy/v1/Role';

export interface GetPermissionCatalogueResponse {
  'agencyPermissions'?: (_atrium_tenancy_v1_Permission)[];
  'clientPermissions'?: (_atrium_tenancy_v1_Permission)[];
  'agencyRoles'?: (_atrium_tenancy_v1_Role)[];
  'clientRoles'?: (_atrium_tenancy_v1_Role)[];
  'agencyUserClientPermissions'?: (string)[];
}

export interface GetPermissionCatalogueResponse__Output {
  'agencyPermissions': (_atrium_tenancy_v1_Permission__Output)[];
  'clientPermissions': (_atrium_tenancy_v1_Permission__Output)[];
  'agencyRoles': (_atrium_tenancy_v1_Role__Output)[];
  'clientRoles': (_atrium_tenancy_v1_Role__Output)[];
  'agencyUserClientPermissions': (string)[];
}
