// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface GetProspectRequest {
  'clientId'?: (string);
  'prospectId'?: (string);
}

export interface GetProspectRequest__Output {
  'clientId': (string);
  'prospectId': (string);
}
