// Original file: protos/atrium/billing/v1/billing_service.proto

import type { ProjectedClientStatus as _atrium_billing_v1_ProjectedClientStatus, ProjectedClientStatus__Output as _atrium_billing_v1_ProjectedClientStatus__Output } from '../../../atrium/billing/v1/ProjectedClientStatus';

export interface GetClientStatusResponse {
  'status'?: (_atrium_billing_v1_ProjectedClientStatus);
  'changedAt'?: (string);
}

export interface GetClientStatusResponse__Output {
  'status': (_atrium_billing_v1_ProjectedClientStatus__Output);
  'changedAt': (string);
}
