// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from '../../../atrium/tenancy/v1/AgencyRole';

export interface ListAgencyRolesResponse {
  'roles'?: (_atrium_tenancy_v1_AgencyRole)[];
}

export interface ListAgencyRolesResponse__Output {
  'roles': (_atrium_tenancy_v1_AgencyRole__Output)[];
}
