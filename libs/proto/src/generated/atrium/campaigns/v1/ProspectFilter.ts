// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectStatus as _atrium_campaigns_v1_ProspectStatus, ProspectStatus__Output as _atrium_campaigns_v1_ProspectStatus__Output } from '../../../atrium/campaigns/v1/ProspectStatus';

export interface ProspectFilter {
  'query'?: (string);
  'listId'?: (string);
  'tag'?: (string);
  'status'?: (_atrium_campaigns_v1_ProspectStatus);
  'contactedBefore'?: (string);
  'contactedAfter'?: (string);
}

export interface ProspectFilter__Output {
  'query': (string);
  'listId': (string);
  'tag': (string);
  'status': (_atrium_campaigns_v1_ProspectStatus__Output);
  'contactedBefore': (string);
  'contactedAfter': (string);
}
