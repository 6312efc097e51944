// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface MakePrimaryClientUserRequest {
  'clientId'?: (string);
  'userId'?: (string);
}

export interface MakePrimaryClientUserRequest__Output {
  'clientId': (string);
  'userId': (string);
}
