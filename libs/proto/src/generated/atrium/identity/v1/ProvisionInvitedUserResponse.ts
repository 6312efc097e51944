// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ProvisionInvitedUserResponse {
  'clientId'?: (string);
  'role'?: (string);
}

export interface ProvisionInvitedUserResponse__Output {
  'clientId': (string);
  'role': (string);
}
