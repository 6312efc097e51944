// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface RoleCreated {
  'agencyId'?: (string);
  'roleId'?: (string);
  'name'?: (string);
  'permissions'?: (string)[];
  'createdBy'?: (string);
}

export interface RoleCreated__Output {
  'agencyId': (string);
  'roleId': (string);
  'name': (string);
  'permissions': (string)[];
  'createdBy': (string);
}
