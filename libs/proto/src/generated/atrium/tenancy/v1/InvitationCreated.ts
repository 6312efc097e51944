// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface InvitationCreated {
  'invitationId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'token'?: (string);
  'expiresAt'?: (string);
  'invitedByUserId'?: (string);
  'roleId'?: (string);
  'roleName'?: (string);
}

export interface InvitationCreated__Output {
  'invitationId': (string);
  'agencyId': (string);
  'clientId': (string);
  'email': (string);
  'name': (string);
  'role': (string);
  'token': (string);
  'expiresAt': (string);
  'invitedByUserId': (string);
  'roleId': (string);
  'roleName': (string);
}
