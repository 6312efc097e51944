// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RemoveClientUserRequest {
  'clientId'?: (string);
  'userId'?: (string);
}

export interface RemoveClientUserRequest__Output {
  'clientId': (string);
  'userId': (string);
}
