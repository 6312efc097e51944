// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from '../../../atrium/tenancy/v1/AgencyRole';

export interface CreateAgencyRoleResponse {
  'role'?: (_atrium_tenancy_v1_AgencyRole | null);
}

export interface CreateAgencyRoleResponse__Output {
  'role': (_atrium_tenancy_v1_AgencyRole__Output | null);
}
