// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from '../../../atrium/tenancy/v1/Agency';
import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from '../../../atrium/tenancy/v1/AgencyRole';
import type { ClientRoleGrant as _atrium_tenancy_v1_ClientRoleGrant, ClientRoleGrant__Output as _atrium_tenancy_v1_ClientRoleGrant__Output } from '../../../atrium/tenancy/v1/ClientRoleGrant';

export interface GetAccessResponse {
  'agency'?: (_atrium_tenancy_v1_Agency | null);
  'role'?: (string);
  'permissions'?: (string)[];
  'customRole'?: (_atrium_tenancy_v1_AgencyRole | null);
  'clients'?: (_atrium_tenancy_v1_ClientRoleGrant)[];
}

export interface GetAccessResponse__Output {
  'agency': (_atrium_tenancy_v1_Agency__Output | null);
  'role': (string);
  'permissions': (string)[];
  'customRole': (_atrium_tenancy_v1_AgencyRole__Output | null);
  'clients': (_atrium_tenancy_v1_ClientRoleGrant__Output)[];
}
