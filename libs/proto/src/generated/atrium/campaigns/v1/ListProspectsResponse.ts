// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { Prospect as _atrium_campaigns_v1_Prospect, Prospect__Output as _atrium_campaigns_v1_Prospect__Output } from '../../../atrium/campaigns/v1/Prospect';

export interface ListProspectsResponse {
  'prospects'?: (_atrium_campaigns_v1_Prospect)[];
  'nextCursor'?: (string);
}

export interface ListProspectsResponse__Output {
  'prospects': (_atrium_campaigns_v1_Prospect__Output)[];
  'nextCursor': (string);
}
