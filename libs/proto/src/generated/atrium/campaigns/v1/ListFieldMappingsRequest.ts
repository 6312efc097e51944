// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface ListFieldMappingsRequest {
  'clientId'?: (string);
}

export interface ListFieldMappingsRequest__Output {
  'clientId': (string);
}
