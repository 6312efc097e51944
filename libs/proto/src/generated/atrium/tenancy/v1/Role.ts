// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface Role {
  'name'?: (string);
  'description'?: (string);
  'permissions'?: (string)[];
}

export interface Role__Output {
  'name': (string);
  'description': (string);
  'permissions': (string)[];
}
