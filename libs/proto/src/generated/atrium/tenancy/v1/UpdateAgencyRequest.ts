// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface UpdateAgencyRequest {
  'name'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  '_name'?: "name";
  '_displayName'?: "displayName";
  '_logoUrl'?: "logoUrl";
  '_primaryColor'?: "primaryColor";
  '_supportEmail'?: "supportEmail";
  '_loginSlug'?: "loginSlug";
}

export interface UpdateAgencyRequest__Output {
  'name'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  '_name'?: "name";
  '_displayName'?: "displayName";
  '_logoUrl'?: "logoUrl";
  '_primaryColor'?: "primaryColor";
  '_supportEmail'?: "supportEmail";
  '_loginSlug'?: "loginSlug";
}
