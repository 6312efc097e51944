// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { FieldMappingTarget as _atrium_campaigns_v1_FieldMappingTarget, FieldMappingTarget__Output as _atrium_campaigns_v1_FieldMappingTarget__Output } from '../../../atrium/campaigns/v1/FieldMappingTarget';

export interface FieldMapping {
  'id'?: (string);
  'clientId'?: (string);
  'column'?: (string);
  'target'?: (_atrium_campaigns_v1_FieldMappingTarget);
  'customFieldKey'?: (string);
  'createdAt'?: (string);
}

export interface FieldMapping__Output {
  'id': (string);
  'clientId': (string);
  'column': (string);
  'target': (_atrium_campaigns_v1_FieldMappingTarget__Output);
  'customFieldKey': (string);
  'createdAt': (string);
}
