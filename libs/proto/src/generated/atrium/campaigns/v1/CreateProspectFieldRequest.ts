// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectFieldType as _atrium_campaigns_v1_ProspectFieldType, ProspectFieldType__Output as _atrium_campaigns_v1_ProspectFieldType__Output } from '../../../atrium/campaigns/v1/ProspectFieldType';

export interface CreateProspectFieldRequest {
  'clientId'?: (string);
  'key'?: (string);
  'label'?: (string);
  'type'?: (_atrium_campaigns_v1_ProspectFieldType);
}

export interface CreateProspectFieldRequest__Output {
  'clientId': (string);
  'key': (string);
  'label': (string);
  'type': (_atrium_campaigns_v1_ProspectFieldType__Output);
}
