// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface AgencyCreated {
  'agencyId'?: (string);
  'name'?: (string);
  'ownerUserId'?: (string);
}

export interface AgencyCreated__Output {
  'agencyId': (string);
  'name': (string);
  'ownerUserId': (string);
}
