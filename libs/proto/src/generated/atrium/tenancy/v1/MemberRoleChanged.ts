// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface MemberRoleChanged {
  'agencyId'?: (string);
  'userId'?: (string);
  'role'?: (string);
  'previousRole'?: (string);
  'changedBy'?: (string);
  'roleId'?: (string);
  'previousRoleId'?: (string);
}

export interface MemberRoleChanged__Output {
  'agencyId': (string);
  'userId': (string);
  'role': (string);
  'previousRole': (string);
  'changedBy': (string);
  'roleId': (string);
  'previousRoleId': (string);
}
