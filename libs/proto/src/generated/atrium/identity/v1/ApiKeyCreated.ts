// Original file: protos/atrium/identity/v1/identity_events.proto


export interface ApiKeyCreated {
  'apiKeyId'?: (string);
  'agencyId'?: (string);
  'name'?: (string);
  'permissions'?: (string)[];
  'createdByUserId'?: (string);
}

export interface ApiKeyCreated__Output {
  'apiKeyId': (string);
  'agencyId': (string);
  'name': (string);
  'permissions': (string)[];
  'createdByUserId': (string);
}
