// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface CustomField {
  'key'?: (string);
  'label'?: (string);
  'createdAt'?: (string);
}

export interface CustomField__Output {
  'key': (string);
  'label': (string);
  'createdAt': (string);
}
