// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface AddProspectsToListResponse {
  'addedCount'?: (number);
}

export interface AddProspectsToListResponse__Output {
  'addedCount': (number);
}
