// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Job as _atrium_tenancy_v1_Job, Job__Output as _atrium_tenancy_v1_Job__Output } from '../../../atrium/tenancy/v1/Job';

export interface GetJobResponse {
  'job'?: (_atrium_tenancy_v1_Job | null);
}

export interface GetJobResponse__Output {
  'job': (_atrium_tenancy_v1_Job__Output | null);
}
