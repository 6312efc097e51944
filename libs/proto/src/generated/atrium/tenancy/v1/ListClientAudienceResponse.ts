// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListClientAudienceResponse {
  'userIds'?: (string)[];
}

export interface ListClientAudienceResponse__Output {
  'userIds': (string)[];
}
