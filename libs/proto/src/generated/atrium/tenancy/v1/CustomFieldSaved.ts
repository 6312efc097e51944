// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface CustomFieldSaved {
  'agencyId'?: (string);
  'key'?: (string);
  'label'?: (string);
  'savedBy'?: (string);
}

export interface CustomFieldSaved__Output {
  'agencyId': (string);
  'key': (string);
  'label': (string);
  'savedBy': (string);
}
