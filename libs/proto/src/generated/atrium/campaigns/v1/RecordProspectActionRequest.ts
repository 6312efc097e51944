// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectAction as _atrium_campaigns_v1_ProspectAction, ProspectAction__Output as _atrium_campaigns_v1_ProspectAction__Output } from '../../../atrium/campaigns/v1/ProspectAction';

export interface RecordProspectActionRequest {
  'clientId'?: (string);
  'prospectId'?: (string);
  'action'?: (_atrium_campaigns_v1_ProspectAction);
  'performedAt'?: (string);
}

export interface RecordProspectActionRequest__Output {
  'clientId': (string);
  'prospectId': (string);
  'action': (_atrium_campaigns_v1_ProspectAction__Output);
  'performedAt': (string);
}
