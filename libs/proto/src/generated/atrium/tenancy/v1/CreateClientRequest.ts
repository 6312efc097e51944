// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface CreateClientRequest {
  'name'?: (string);
  'description'?: (string);
  'website'?: (string);
  'tags'?: (string)[];
  'accountType'?: (string);
  'region'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'accountManagerId'?: (string);
}

export interface CreateClientRequest__Output {
  'name': (string);
  'description': (string);
  'website': (string);
  'tags': (string)[];
  'accountType': (string);
  'region': (string);
  'isMaster': (boolean);
  'ownerId': (string);
  'accountManagerId': (string);
}
