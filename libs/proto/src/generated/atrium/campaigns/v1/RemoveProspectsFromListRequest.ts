// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface RemoveProspectsFromListRequest {
  'clientId'?: (string);
  'listId'?: (string);
  'prospectIds'?: (string)[];
}

export interface RemoveProspectsFromListRequest__Output {
  'clientId': (string);
  'listId': (string);
  'prospectIds': (string)[];
}
