// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RemoveMemberRequest {
  'userId'?: (string);
  'transferClientsTo'?: (string);
}

export interface RemoveMemberRequest__Output {
  'userId': (string);
  'transferClientsTo': (string);
}
