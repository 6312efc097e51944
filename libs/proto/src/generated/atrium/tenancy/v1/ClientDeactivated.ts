// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientDeactivated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  'deactivatedBy'?: (string);
}

export interface ClientDeactivated__Output {
  'agencyId': (string);
  'clientId': (string);
  'name': (string);
  'deactivatedBy': (string);
}
