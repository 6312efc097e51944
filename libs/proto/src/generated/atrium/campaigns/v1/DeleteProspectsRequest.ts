// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectsRequest {
  'clientId'?: (string);
  'prospectIds'?: (string)[];
}

export interface DeleteProspectsRequest__Output {
  'clientId': (string);
  'prospectIds': (string)[];
}
