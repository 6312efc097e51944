// Original file: protos/atrium/billing/v1/billing_service.proto


export interface GetClientBillingSettingsRequest {
  'clientId'?: (string);
}

export interface GetClientBillingSettingsRequest__Output {
  'clientId': (string);
}
