// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface AgencyAddress {
  'street'?: (string);
  'city'?: (string);
  'postalCode'?: (string);
  'country'?: (string);
  '_street'?: "street";
  '_city'?: "city";
  '_postalCode'?: "postalCode";
  '_country'?: "country";
}

export interface AgencyAddress__Output {
  'street'?: (string);
  'city'?: (string);
  'postalCode'?: (string);
  'country'?: (string);
  '_street'?: "street";
  '_city'?: "city";
  '_postalCode'?: "postalCode";
  '_country'?: "country";
}
