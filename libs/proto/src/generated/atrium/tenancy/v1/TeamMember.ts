// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface TeamMember {
  'userId'?: (string);
  'name'?: (string);
  'email'?: (string);
}

export interface TeamMember__Output {
  'userId': (string);
  'name': (string);
  'email': (string);
}
