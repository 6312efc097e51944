// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface TemplateProvenance {
  'sourceClientId'?: (string);
  'sourceTemplateId'?: (string);
  'pushedAt'?: (string);
  'edited'?: (boolean);
}

export interface TemplateProvenance__Output {
  'sourceClientId': (string);
  'sourceTemplateId': (string);
  'pushedAt': (string);
  'edited': (boolean);
}
