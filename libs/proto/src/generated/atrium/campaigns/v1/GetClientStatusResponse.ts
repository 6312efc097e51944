// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProjectedClientStatus as _atrium_campaigns_v1_ProjectedClientStatus, ProjectedClientStatus__Output as _atrium_campaigns_v1_ProjectedClientStatus__Output } from '../../../atrium/campaigns/v1/ProjectedClientStatus';

export interface GetClientStatusResponse {
  'status'?: (_atrium_campaigns_v1_ProjectedClientStatus);
  'changedAt'?: (string);
}

export interface GetClientStatusResponse__Output {
  'status': (_atrium_campaigns_v1_ProjectedClientStatus__Output);
  'changedAt': (string);
}
