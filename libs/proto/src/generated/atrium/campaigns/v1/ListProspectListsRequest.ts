// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface ListProspectListsRequest {
  'clientId'?: (string);
  'limit'?: (number);
  'cursor'?: (string);
}

export interface ListProspectListsRequest__Output {
  'clientId': (string);
  'limit': (number);
  'cursor': (string);
}
