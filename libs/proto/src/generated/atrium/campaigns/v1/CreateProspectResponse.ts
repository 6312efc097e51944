// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { Prospect as _atrium_campaigns_v1_Prospect, Prospect__Output as _atrium_campaigns_v1_Prospect__Output } from '../../../atrium/campaigns/v1/Prospect';

export interface CreateProspectResponse {
  'prospect'?: (_atrium_campaigns_v1_Prospect | null);
}

export interface CreateProspectResponse__Output {
  'prospect': (_atrium_campaigns_v1_Prospect__Output | null);
}
