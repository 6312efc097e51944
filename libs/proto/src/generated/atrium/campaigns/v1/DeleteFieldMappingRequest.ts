// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteFieldMappingRequest {
  'clientId'?: (string);
  'mappingId'?: (string);
}

export interface DeleteFieldMappingRequest__Output {
  'clientId': (string);
  'mappingId': (string);
}
