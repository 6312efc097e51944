// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface ListTemplatesRequest {
  'clientId'?: (string);
  'limit'?: (number);
  'cursor'?: (string);
}

export interface ListTemplatesRequest__Output {
  'clientId': (string);
  'limit': (number);
  'cursor': (string);
}
