// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface UpdateProspectFieldRequest {
  'clientId'?: (string);
  'key'?: (string);
  'label'?: (string);
}

export interface UpdateProspectFieldRequest__Output {
  'clientId': (string);
  'key': (string);
  'label': (string);
}
