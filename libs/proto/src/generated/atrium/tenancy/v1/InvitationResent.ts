// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface InvitationResent {
  'invitationId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'token'?: (string);
  'expiresAt'?: (string);
  'invitedByUserId'?: (string);
  'resentBy'?: (string);
  'roleId'?: (string);
  'roleName'?: (string);
}

export interface InvitationResent__Output {
  'invitationId': (string);
  'agencyId': (string);
  'clientId': (string);
  'email': (string);
  'name': (string);
  'role': (string);
  'token': (string);
  'expiresAt': (string);
  'invitedByUserId': (string);
  'resentBy': (string);
  'roleId': (string);
  'roleName': (string);
}
