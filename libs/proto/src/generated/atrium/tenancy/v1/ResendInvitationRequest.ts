// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ResendInvitationRequest {
  'clientId'?: (string);
  'invitationId'?: (string);
}

export interface ResendInvitationRequest__Output {
  'clientId': (string);
  'invitationId': (string);
}
