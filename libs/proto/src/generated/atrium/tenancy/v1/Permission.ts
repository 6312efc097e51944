// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface Permission {
  'name'?: (string);
  'description'?: (string);
}

export interface Permission__Output {
  'name': (string);
  'description': (string);
}
