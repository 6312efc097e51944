// Original file: protos/atrium/identity/v1/identity_events.proto


export interface ApiKeyRevoked {
  'apiKeyId'?: (string);
  'agencyId'?: (string);
  'revokedByUserId'?: (string);
}

export interface ApiKeyRevoked__Output {
  'apiKeyId': (string);
  'agencyId': (string);
  'revokedByUserId': (string);
}
