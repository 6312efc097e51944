// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface AgencyOwnershipTransferred {
  'agencyId'?: (string);
  'previousOwnerId'?: (string);
  'newOwnerId'?: (string);
}

export interface AgencyOwnershipTransferred__Output {
  'agencyId': (string);
  'previousOwnerId': (string);
  'newOwnerId': (string);
}
