// Original file: protos/atrium/identity/v1/identity.proto


export interface ApiKey {
  'id'?: (string);
  'agencyId'?: (string);
  'name'?: (string);
  'prefix'?: (string);
  'permissions'?: (string)[];
  'createdByUserId'?: (string);
  'createdAt'?: (string);
  'lastUsedAt'?: (string);
}

export interface ApiKey__Output {
  'id': (string);
  'agencyId': (string);
  'name': (string);
  'prefix': (string);
  'permissions': (string)[];
  'createdByUserId': (string);
  'createdAt': (string);
  'lastUsedAt': (string);
}
