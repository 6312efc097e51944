// Original file: protos/atrium/identity/v1/identity.proto


export interface Session {
  'id'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
  'createdAt'?: (string);
  'lastUsedAt'?: (string);
  'expiresAt'?: (string);
  'current'?: (boolean);
}

export interface Session__Output {
  'id': (string);
  'userAgent': (string);
  'ip': (string);
  'createdAt': (string);
  'lastUsedAt': (string);
  'expiresAt': (string);
  'current': (boolean);
}
