// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from '../../../atrium/tenancy/v1/Agency';

export interface GetAgencyResponse {
  'agency'?: (_atrium_tenancy_v1_Agency | null);
}

export interface GetAgencyResponse__Output {
  'agency': (_atrium_tenancy_v1_Agency__Output | null);
}
