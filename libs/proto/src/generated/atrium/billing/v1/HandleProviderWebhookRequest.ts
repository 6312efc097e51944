// Original file: protos/atrium/billing/v1/billing_service.proto


export interface HandleProviderWebhookRequest {
  'provider'?: (string);
  'payload'?: (Buffer | Uint8Array | string);
  'signature'?: (string);
}

export interface HandleProviderWebhookRequest__Output {
  'provider': (string);
  'payload': (Buffer);
  'signature': (string);
}
