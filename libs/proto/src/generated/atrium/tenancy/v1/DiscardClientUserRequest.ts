// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DiscardClientUserRequest {
  'clientId'?: (string);
  'userId'?: (string);
}

export interface DiscardClientUserRequest__Output {
  'clientId': (string);
  'userId': (string);
}
