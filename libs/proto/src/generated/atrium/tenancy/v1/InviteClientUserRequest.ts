// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface InviteClientUserRequest {
  'clientId'?: (string);
  'userId'?: (string);
}

export interface InviteClientUserRequest__Output {
  'clientId': (string);
  'userId': (string);
}
