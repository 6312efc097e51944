// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectList as _atrium_campaigns_v1_ProspectList, ProspectList__Output as _atrium_campaigns_v1_ProspectList__Output } from '../../../atrium/campaigns/v1/ProspectList';

export interface ListProspectListsResponse {
  'lists'?: (_atrium_campaigns_v1_ProspectList)[];
  'nextCursor'?: (string);
}

export interface ListProspectListsResponse__Output {
  'lists': (_atrium_campaigns_v1_ProspectList__Output)[];
  'nextCursor': (string);
}
