// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface InviteAgencyMemberRequest {
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'roleId'?: (string);
  'sendLater'?: (boolean);
}

export interface InviteAgencyMemberRequest__Output {
  'email': (string);
  'name': (string);
  'role': (string);
  'roleId': (string);
  'sendLater': (boolean);
}
