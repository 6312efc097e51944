// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface UpdateProspectListRequest {
  'clientId'?: (string);
  'listId'?: (string);
  'name'?: (string);
}

export interface UpdateProspectListRequest__Output {
  'clientId': (string);
  'listId': (string);
  'name': (string);
}
