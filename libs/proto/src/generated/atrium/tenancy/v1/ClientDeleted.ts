// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientDeleted {
  'agencyId'?: (string);
  'clientId'?: (string);
}

export interface ClientDeleted__Output {
  'agencyId': (string);
  'clientId': (string);
}
