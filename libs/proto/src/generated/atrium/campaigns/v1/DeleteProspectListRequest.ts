// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectListRequest {
  'clientId'?: (string);
  'listId'?: (string);
}

export interface DeleteProspectListRequest__Output {
  'clientId': (string);
  'listId': (string);
}
