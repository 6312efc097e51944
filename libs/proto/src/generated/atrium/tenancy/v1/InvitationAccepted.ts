// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface InvitationAccepted {
  'invitationId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'userId'?: (string);
  'role'?: (string);
}

export interface InvitationAccepted__Output {
  'invitationId': (string);
  'agencyId': (string);
  'clientId': (string);
  'userId': (string);
  'role': (string);
}
