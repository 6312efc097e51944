// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ProvisionInvitedUserRequest {
  'token'?: (string);
  'name'?: (string);
  'password'?: (string);
}

export interface ProvisionInvitedUserRequest__Output {
  'token': (string);
  'name': (string);
  'password': (string);
}
