// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface CreateProspectListRequest {
  'clientId'?: (string);
  'name'?: (string);
}

export interface CreateProspectListRequest__Output {
  'clientId': (string);
  'name': (string);
}
