// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface Member {
  'userId'?: (string);
  'name'?: (string);
  'email'?: (string);
  'role'?: (string);
  'joinedAt'?: (string);
  'customRoleId'?: (string);
  'customRoleName'?: (string);
}

export interface Member__Output {
  'userId': (string);
  'name': (string);
  'email': (string);
  'role': (string);
  'joinedAt': (string);
  'customRoleId': (string);
  'customRoleName': (string);
}
