// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DeleteClientRequest {
  'clientId'?: (string);
  'confirm'?: (string);
}

export interface DeleteClientRequest__Output {
  'clientId': (string);
  'confirm': (string);
}
