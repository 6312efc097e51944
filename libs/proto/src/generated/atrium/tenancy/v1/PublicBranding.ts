// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface PublicBranding {
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  'clientLoginUrl'?: (string);
}

export interface PublicBranding__Output {
  'displayName': (string);
  'logoUrl': (string);
  'primaryColor': (string);
  'supportEmail': (string);
  'loginSlug': (string);
  'clientLoginUrl': (string);
}
