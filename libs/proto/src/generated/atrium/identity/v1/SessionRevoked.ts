// Original file: protos/atrium/identity/v1/identity_events.proto


export interface SessionRevoked {
  'userId'?: (string);
  'sessionIds'?: (string)[];
  'reason'?: (string);
}

export interface SessionRevoked__Output {
  'userId': (string);
  'sessionIds': (string)[];
  'reason': (string);
}
