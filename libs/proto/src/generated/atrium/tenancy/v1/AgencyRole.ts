// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface AgencyRole {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'permissions'?: (string)[];
  'builtIn'?: (boolean);
  'memberCount'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface AgencyRole__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  'permissions': (string)[];
  'builtIn': (boolean);
  'memberCount': (number);
  'createdAt': (string);
  'updatedAt': (string);
}
