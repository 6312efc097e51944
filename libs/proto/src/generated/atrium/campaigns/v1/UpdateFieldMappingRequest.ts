// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { FieldMappingTarget as _atrium_campaigns_v1_FieldMappingTarget, FieldMappingTarget__Output as _atrium_campaigns_v1_FieldMappingTarget__Output } from '../../../atrium/campaigns/v1/FieldMappingTarget';

export interface UpdateFieldMappingRequest {
  'clientId'?: (string);
  'mappingId'?: (string);
  'column'?: (string);
  'target'?: (_atrium_campaigns_v1_FieldMappingTarget);
  'customFieldKey'?: (string);
  '_column'?: "column";
}

export interface UpdateFieldMappingRequest__Output {
  'clientId': (string);
  'mappingId': (string);
  'column'?: (string);
  'target': (_atrium_campaigns_v1_FieldMappingTarget__Output);
  'customFieldKey': (string);
  '_column'?: "column";
}
