// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListClientUsersRequest {
  'clientId'?: (string);
  'limit'?: (number);
  'cursor'?: (string);
  'query'?: (string);
  'sort'?: (string);
  'order'?: (string);
}

export interface ListClientUsersRequest__Output {
  'clientId': (string);
  'limit': (number);
  'cursor': (string);
  'query': (string);
  'sort': (string);
  'order': (string);
}
