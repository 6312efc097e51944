// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectList as _atrium_campaigns_v1_ProspectList, ProspectList__Output as _atrium_campaigns_v1_ProspectList__Output } from '../../../atrium/campaigns/v1/ProspectList';

export interface UpdateProspectListResponse {
  'list'?: (_atrium_campaigns_v1_ProspectList | null);
}

export interface UpdateProspectListResponse__Output {
  'list': (_atrium_campaigns_v1_ProspectList__Output | null);
}
