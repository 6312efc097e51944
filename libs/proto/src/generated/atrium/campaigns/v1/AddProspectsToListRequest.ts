// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectFilter as _atrium_campaigns_v1_ProspectFilter, ProspectFilter__Output as _atrium_campaigns_v1_ProspectFilter__Output } from '../../../atrium/campaigns/v1/ProspectFilter';

export interface AddProspectsToListRequest {
  'clientId'?: (string);
  'listId'?: (string);
  'prospectIds'?: (string)[];
  'filter'?: (_atrium_campaigns_v1_ProspectFilter | null);
}

export interface AddProspectsToListRequest__Output {
  'clientId': (string);
  'listId': (string);
  'prospectIds': (string)[];
  'filter': (_atrium_campaigns_v1_ProspectFilter__Output | null);
}
