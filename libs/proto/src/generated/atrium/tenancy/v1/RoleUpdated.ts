// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface RoleUpdated {
  'agencyId'?: (string);
  'roleId'?: (string);
  'name'?: (string);
  'permissions'?: (string)[];
  'changedFields'?: (string)[];
  'updatedBy'?: (string);
}

export interface RoleUpdated__Output {
  'agencyId': (string);
  'roleId': (string);
  'name': (string);
  'permissions': (string)[];
  'changedFields': (string)[];
  'updatedBy': (string);
}
