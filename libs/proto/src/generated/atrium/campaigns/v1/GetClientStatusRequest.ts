// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface GetClientStatusRequest {
  'agencyId'?: (string);
  'clientId'?: (string);
}

export interface GetClientStatusRequest__Output {
  'agencyId': (string);
  'clientId': (string);
}
