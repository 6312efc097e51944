// Original file: protos/atrium/billing/v1/billing_service.proto


export interface HandleProviderWebhookResponse {
  'applied'?: (boolean);
}

export interface HandleProviderWebhookResponse__Output {
  'applied': (boolean);
}
