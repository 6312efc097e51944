// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface ProspectImportError {
  'line'?: (number);
  'field'?: (string);
  'message'?: (string);
}

export interface ProspectImportError__Output {
  'line': (number);
  'field': (string);
  'message': (string);
}
