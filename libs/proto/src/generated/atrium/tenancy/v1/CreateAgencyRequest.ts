// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface CreateAgencyRequest {
  'agencyId'?: (string);
  'name'?: (string);
  'ownerUserId'?: (string);
  'ownerName'?: (string);
  'ownerEmail'?: (string);
}

export interface CreateAgencyRequest__Output {
  'agencyId': (string);
  'name': (string);
  'ownerUserId': (string);
  'ownerName': (string);
  'ownerEmail': (string);
}
