// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetAccessRequest {
  'userId'?: (string);
  'agencyId'?: (string);
}

export interface GetAccessRequest__Output {
  'userId': (string);
  'agencyId': (string);
}
