// Original file: protos/atrium/identity/v1/identity.proto


export interface AgencyRef {
  'id'?: (string);
  'name'?: (string);
}

export interface AgencyRef__Output {
  'id': (string);
  'name': (string);
}
