// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectRequest {
  'clientId'?: (string);
  'prospectId'?: (string);
}

export interface DeleteProspectRequest__Output {
  'clientId': (string);
  'prospectId': (string);
}
