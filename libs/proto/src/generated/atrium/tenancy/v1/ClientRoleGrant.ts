// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface ClientRoleGrant {
  'clientId'?: (string);
  'role'?: (string);
  'permissions'?: (string)[];
}

export interface ClientRoleGrant__Output {
  'clientId': (string);
  'role': (string);
  'permissions': (string)[];
}
