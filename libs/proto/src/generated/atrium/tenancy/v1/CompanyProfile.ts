// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface CompanyProfile {
  'legalName'?: (string);
  'street'?: (string);
  'city'?: (string);
  'postalCode'?: (string);
  'country'?: (string);
  '_legalName'?: "legalName";
  '_street'?: "street";
  '_city'?: "city";
  '_postalCode'?: "postalCode";
  '_country'?: "country";
}

export interface CompanyProfile__Output {
  'legalName'?: (string);
  'street'?: (string);
  'city'?: (string);
  'postalCode'?: (string);
  'country'?: (string);
  '_legalName'?: "legalName";
  '_street'?: "street";
  '_city'?: "city";
  '_postalCode'?: "postalCode";
  '_country'?: "country";
}
