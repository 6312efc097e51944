// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListClientsRequest {
  'limit'?: (number);
  'cursor'?: (string);
  'status'?: (string);
  'query'?: (string);
  'tag'?: (string);
  'accountManagerId'?: (string);
  'ownerId'?: (string);
  'sort'?: (string);
  'order'?: (string);
}

export interface ListClientsRequest__Output {
  'limit': (number);
  'cursor': (string);
  'status': (string);
  'query': (string);
  'tag': (string);
  'accountManagerId': (string);
  'ownerId': (string);
  'sort': (string);
  'order': (string);
}
