// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientUserRemoved {
  'agencyId'?: (string);
  'clientId'?: (string);
  'clientUserId'?: (string);
  'identityUserId'?: (string);
  'removedBy'?: (string);
}

export interface ClientUserRemoved__Output {
  'agencyId': (string);
  'clientId': (string);
  'clientUserId': (string);
  'identityUserId': (string);
  'removedBy': (string);
}
