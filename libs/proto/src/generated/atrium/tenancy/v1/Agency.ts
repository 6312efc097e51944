// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface Agency {
  'id'?: (string);
  'name'?: (string);
  'createdAt'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  'clientLoginUrl'?: (string);
}

export interface Agency__Output {
  'id': (string);
  'name': (string);
  'createdAt': (string);
  'displayName': (string);
  'logoUrl': (string);
  'primaryColor': (string);
  'supportEmail': (string);
  'loginSlug': (string);
  'clientLoginUrl': (string);
}
