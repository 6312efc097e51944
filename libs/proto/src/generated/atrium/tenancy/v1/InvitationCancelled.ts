// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface InvitationCancelled {
  'invitationId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'email'?: (string);
  'cancelledBy'?: (string);
}

export interface InvitationCancelled__Output {
  'invitationId': (string);
  'agencyId': (string);
  'clientId': (string);
  'email': (string);
  'cancelledBy': (string);
}
