// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectFieldRequest {
  'clientId'?: (string);
  'key'?: (string);
}

export interface DeleteProspectFieldRequest__Output {
  'clientId': (string);
  'key': (string);
}
