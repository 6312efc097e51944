// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DeleteCustomFieldRequest {
  'key'?: (string);
}

export interface DeleteCustomFieldRequest__Output {
  'key': (string);
}
