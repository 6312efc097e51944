// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientReactivated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  'reactivatedBy'?: (string);
}

export interface ClientReactivated__Output {
  'agencyId': (string);
  'clientId': (string);
  'name': (string);
  'reactivatedBy': (string);
}
