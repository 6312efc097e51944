// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface GetTemplateRequest {
  'clientId'?: (string);
  'templateId'?: (string);
}

export interface GetTemplateRequest__Output {
  'clientId': (string);
  'templateId': (string);
}
