// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListInvitationsRequest {
  'clientId'?: (string);
  'limit'?: (number);
  'cursor'?: (string);
}

export interface ListInvitationsRequest__Output {
  'clientId': (string);
  'limit': (number);
  'cursor': (string);
}
