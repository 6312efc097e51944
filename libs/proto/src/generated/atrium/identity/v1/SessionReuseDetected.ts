// Original file: protos/atrium/identity/v1/identity_events.proto


export interface SessionReuseDetected {
  'userId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'familyId'?: (string);
  'ip'?: (string);
  'userAgent'?: (string);
  'detectedAt'?: (string);
}

export interface SessionReuseDetected__Output {
  'userId': (string);
  'email': (string);
  'name': (string);
  'familyId': (string);
  'ip': (string);
  'userAgent': (string);
  'detectedAt': (string);
}
