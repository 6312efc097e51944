// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectsResponse {
  'deletedCount'?: (number);
}

export interface DeleteProspectsResponse__Output {
  'deletedCount': (number);
}
