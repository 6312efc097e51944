// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetClientRequest {
  'clientId'?: (string);
}

export interface GetClientRequest__Output {
  'clientId': (string);
}
