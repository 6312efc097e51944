// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ReactivateClientRequest {
  'clientId'?: (string);
}

export interface ReactivateClientRequest__Output {
  'clientId': (string);
}
