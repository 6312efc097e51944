// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetClientAccessRequest {
  'clientId'?: (string);
}

export interface GetClientAccessRequest__Output {
  'clientId': (string);
}
