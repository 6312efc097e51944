// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectFieldType as _atrium_campaigns_v1_ProspectFieldType, ProspectFieldType__Output as _atrium_campaigns_v1_ProspectFieldType__Output } from '../../../atrium/campaigns/v1/ProspectFieldType';

export interface ProspectField {
  'key'?: (string);
  'label'?: (string);
  'type'?: (_atrium_campaigns_v1_ProspectFieldType);
  'createdAt'?: (string);
}

export interface ProspectField__Output {
  'key': (string);
  'label': (string);
  'type': (_atrium_campaigns_v1_ProspectFieldType__Output);
  'createdAt': (string);
}
