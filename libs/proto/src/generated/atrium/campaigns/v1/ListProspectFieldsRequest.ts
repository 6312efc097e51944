// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface ListProspectFieldsRequest {
  'clientId'?: (string);
}

export interface ListProspectFieldsRequest__Output {
  'clientId': (string);
}
