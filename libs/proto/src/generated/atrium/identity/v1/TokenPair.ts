// Original file: protos/atrium/identity/v1/identity.proto


export interface TokenPair {
  'accessToken'?: (string);
  'refreshToken'?: (string);
  'expiresIn'?: (number);
}

export interface TokenPair__Output {
  'accessToken': (string);
  'refreshToken': (string);
  'expiresIn': (number);
}
