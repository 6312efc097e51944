// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface SaveCustomFieldRequest {
  'key'?: (string);
  'label'?: (string);
}

export interface SaveCustomFieldRequest__Output {
  'key': (string);
  'label': (string);
}
