// Original file: protos/atrium/billing/v1/billing_service.proto


export interface GetClientStatusRequest {
  'agencyId'?: (string);
  'clientId'?: (string);
}

export interface GetClientStatusRequest__Output {
  'agencyId': (string);
  'clientId': (string);
}
