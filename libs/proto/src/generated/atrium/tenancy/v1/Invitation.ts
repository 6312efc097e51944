// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface Invitation {
  'id'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'status'?: (string);
  'invitedByUserId'?: (string);
  'createdAt'?: (string);
  'expiresAt'?: (string);
  'customRoleId'?: (string);
  'clientUserId'?: (string);
  'sentAt'?: (string);
}

export interface Invitation__Output {
  'id': (string);
  'agencyId': (string);
  'clientId': (string);
  'email': (string);
  'name': (string);
  'role': (string);
  'status': (string);
  'invitedByUserId': (string);
  'createdAt': (string);
  'expiresAt': (string);
  'customRoleId': (string);
  'clientUserId': (string);
  'sentAt': (string);
}
