// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface CustomProperty {
  'key'?: (string);
  'value'?: (string);
}

export interface CustomProperty__Output {
  'key': (string);
  'value': (string);
}
