// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface ContactPerson {
  'name'?: (string);
  'email'?: (string);
  'phone'?: (string);
  '_name'?: "name";
  '_email'?: "email";
  '_phone'?: "phone";
}

export interface ContactPerson__Output {
  'name'?: (string);
  'email'?: (string);
  'phone'?: (string);
  '_name'?: "name";
  '_email'?: "email";
  '_phone'?: "phone";
}
