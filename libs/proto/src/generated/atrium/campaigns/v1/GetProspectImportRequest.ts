// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface GetProspectImportRequest {
  'clientId'?: (string);
  'importId'?: (string);
}

export interface GetProspectImportRequest__Output {
  'clientId': (string);
  'importId': (string);
}
