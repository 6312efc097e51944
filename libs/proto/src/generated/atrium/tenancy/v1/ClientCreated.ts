// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientCreated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  'ownerId'?: (string);
  'createdBy'?: (string);
}

export interface ClientCreated__Output {
  'agencyId': (string);
  'clientId': (string);
  'name': (string);
  'ownerId': (string);
  'createdBy': (string);
}
