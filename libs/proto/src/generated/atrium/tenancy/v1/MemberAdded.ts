// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface MemberAdded {
  'agencyId'?: (string);
  'userId'?: (string);
  'role'?: (string);
  'roleId'?: (string);
}

export interface MemberAdded__Output {
  'agencyId': (string);
  'userId': (string);
  'role': (string);
  'roleId': (string);
}
