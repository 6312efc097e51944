// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteTemplateRequest {
  'clientId'?: (string);
  'templateId'?: (string);
}

export interface DeleteTemplateRequest__Output {
  'clientId': (string);
  'templateId': (string);
}
