// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { FieldMapping as _atrium_campaigns_v1_FieldMapping, FieldMapping__Output as _atrium_campaigns_v1_FieldMapping__Output } from '../../../atrium/campaigns/v1/FieldMapping';

export interface ListFieldMappingsResponse {
  'fieldMappings'?: (_atrium_campaigns_v1_FieldMapping)[];
}

export interface ListFieldMappingsResponse__Output {
  'fieldMappings': (_atrium_campaigns_v1_FieldMapping__Output)[];
}
