// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface RoleDeleted {
  'agencyId'?: (string);
  'roleId'?: (string);
  'name'?: (string);
  'permissions'?: (string)[];
  'deletedBy'?: (string);
}

export interface RoleDeleted__Output {
  'agencyId': (string);
  'roleId': (string);
  'name': (string);
  'permissions': (string)[];
  'deletedBy': (string);
}
