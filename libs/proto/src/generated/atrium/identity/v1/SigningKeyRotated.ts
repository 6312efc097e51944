// Original file: protos/atrium/identity/v1/identity_events.proto


export interface SigningKeyRotated {
  'kid'?: (string);
  'retiredKids'?: (string)[];
}

export interface SigningKeyRotated__Output {
  'kid': (string);
  'retiredKids': (string)[];
}
