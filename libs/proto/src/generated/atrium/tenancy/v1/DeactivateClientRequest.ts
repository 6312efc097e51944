// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DeactivateClientRequest {
  'clientId'?: (string);
}

export interface DeactivateClientRequest__Output {
  'clientId': (string);
}
