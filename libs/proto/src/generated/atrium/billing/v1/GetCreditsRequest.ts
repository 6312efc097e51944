// Original file: protos/atrium/billing/v1/billing_service.proto


export interface GetCreditsRequest {
  'clientId'?: (string);
  'limit'?: (number);
  'cursor'?: (string);
}

export interface GetCreditsRequest__Output {
  'clientId': (string);
  'limit': (number);
  'cursor': (string);
}
