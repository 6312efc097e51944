// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { FieldMapping as _atrium_campaigns_v1_FieldMapping, FieldMapping__Output as _atrium_campaigns_v1_FieldMapping__Output } from '../../../atrium/campaigns/v1/FieldMapping';

export interface CreateFieldMappingResponse {
  'fieldMapping'?: (_atrium_campaigns_v1_FieldMapping | null);
}

export interface CreateFieldMappingResponse__Output {
  'fieldMapping': (_atrium_campaigns_v1_FieldMapping__Output | null);
}
