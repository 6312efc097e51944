// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ResolveInvitationRequest {
  'token'?: (string);
}

export interface ResolveInvitationRequest__Output {
  'token': (string);
}
