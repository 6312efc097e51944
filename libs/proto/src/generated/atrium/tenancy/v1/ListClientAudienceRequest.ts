// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListClientAudienceRequest {
  'agencyId'?: (string);
  'clientId'?: (string);
}

export interface ListClientAudienceRequest__Output {
  'agencyId': (string);
  'clientId': (string);
}
