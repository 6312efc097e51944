// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { FieldMappingTarget as _atrium_campaigns_v1_FieldMappingTarget, FieldMappingTarget__Output as _atrium_campaigns_v1_FieldMappingTarget__Output } from '../../../atrium/campaigns/v1/FieldMappingTarget';

export interface ImportColumnMapping {
  'column'?: (string);
  'target'?: (_atrium_campaigns_v1_FieldMappingTarget);
  'customFieldKey'?: (string);
}

export interface ImportColumnMapping__Output {
  'column': (string);
  'target': (_atrium_campaigns_v1_FieldMappingTarget__Output);
  'customFieldKey': (string);
}
