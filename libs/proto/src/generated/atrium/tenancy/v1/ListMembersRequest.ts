// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListMembersRequest {
  'limit'?: (number);
  'cursor'?: (string);
}

export interface ListMembersRequest__Output {
  'limit': (number);
  'cursor': (string);
}
