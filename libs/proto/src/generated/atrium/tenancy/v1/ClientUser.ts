// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface ClientUser {
  'id'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'identityUserId'?: (string);
  'name'?: (string);
  'email'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'role'?: (string);
  'status'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'lastActivityAt'?: (string);
}

export interface ClientUser__Output {
  'id': (string);
  'agencyId': (string);
  'clientId': (string);
  'identityUserId': (string);
  'name': (string);
  'email': (string);
  'position': (string);
  'phone': (string);
  'role': (string);
  'status': (string);
  'createdAt': (string);
  'updatedAt': (string);
  'lastActivityAt': (string);
}
