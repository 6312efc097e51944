// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface RemoveProspectsFromListResponse {
  'removedCount'?: (number);
}

export interface RemoveProspectsFromListResponse__Output {
  'removedCount': (number);
}
