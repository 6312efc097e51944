// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface CancelInvitationRequest {
  'clientId'?: (string);
  'invitationId'?: (string);
}

export interface CancelInvitationRequest__Output {
  'clientId': (string);
  'invitationId': (string);
}
