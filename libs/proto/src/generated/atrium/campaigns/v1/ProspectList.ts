// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface ProspectList {
  'id'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  'prospectCount'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface ProspectList__Output {
  'id': (string);
  'clientId': (string);
  'name': (string);
  'prospectCount': (number);
  'createdAt': (string);
  'updatedAt': (string);
}
