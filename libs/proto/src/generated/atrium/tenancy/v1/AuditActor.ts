// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface AuditActor {
  'id'?: (string);
  'kind'?: (string);
  'name'?: (string);
}

export interface AuditActor__Output {
  'id': (string);
  'kind': (string);
  'name': (string);
}
