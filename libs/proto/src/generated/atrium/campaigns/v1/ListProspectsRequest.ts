// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectFilter as _atrium_campaigns_v1_ProspectFilter, ProspectFilter__Output as _atrium_campaigns_v1_ProspectFilter__Output } from '../../../atrium/campaigns/v1/ProspectFilter';
import type { ProspectSort as _atrium_campaigns_v1_ProspectSort, ProspectSort__Output as _atrium_campaigns_v1_ProspectSort__Output } from '../../../atrium/campaigns/v1/ProspectSort';
import type { ProspectSortOrder as _atrium_campaigns_v1_ProspectSortOrder, ProspectSortOrder__Output as _atrium_campaigns_v1_ProspectSortOrder__Output } from '../../../atrium/campaigns/v1/ProspectSortOrder';

export interface ListProspectsRequest {
  'clientId'?: (string);
  'filter'?: (_atrium_campaigns_v1_ProspectFilter | null);
  'sort'?: (_atrium_campaigns_v1_ProspectSort);
  'order'?: (_atrium_campaigns_v1_ProspectSortOrder);
  'limit'?: (number);
  'cursor'?: (string);
}

export interface ListProspectsRequest__Output {
  'clientId': (string);
  'filter': (_atrium_campaigns_v1_ProspectFilter__Output | null);
  'sort': (_atrium_campaigns_v1_ProspectSort__Output);
  'order': (_atrium_campaigns_v1_ProspectSortOrder__Output);
  'limit': (number);
  'cursor': (string);
}
