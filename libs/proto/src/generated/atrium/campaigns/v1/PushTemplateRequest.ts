// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface PushTemplateRequest {
  'clientId'?: (string);
  'templateId'?: (string);
  'targetClientIds'?: (string)[];
}

export interface PushTemplateRequest__Output {
  'clientId': (string);
  'templateId': (string);
  'targetClientIds': (string)[];
}
