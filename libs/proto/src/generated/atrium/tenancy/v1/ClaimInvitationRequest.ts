// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ClaimInvitationRequest {
  'token'?: (string);
  'userId'?: (string);
  'userName'?: (string);
  'userEmail'?: (string);
}

export interface ClaimInvitationRequest__Output {
  'token': (string);
  'userId': (string);
  'userName': (string);
  'userEmail': (string);
}
