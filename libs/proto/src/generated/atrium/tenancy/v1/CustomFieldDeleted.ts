// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface CustomFieldDeleted {
  'agencyId'?: (string);
  'key'?: (string);
  'deletedBy'?: (string);
}

export interface CustomFieldDeleted__Output {
  'agencyId': (string);
  'key': (string);
  'deletedBy': (string);
}
