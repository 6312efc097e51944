// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Job as _atrium_tenancy_v1_Job, Job__Output as _atrium_tenancy_v1_Job__Output } from '../../../atrium/tenancy/v1/Job';

export interface RequestProspectCleanupResponse {
  'job'?: (_atrium_tenancy_v1_Job | null);
}

export interface RequestProspectCleanupResponse__Output {
  'job': (_atrium_tenancy_v1_Job__Output | null);
}
