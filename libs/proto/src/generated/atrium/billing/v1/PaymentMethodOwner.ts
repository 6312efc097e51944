// Original file: protos/atrium/billing/v1/billing_service.proto


export interface PaymentMethodOwner {
  'clientId'?: (string);
}

export interface PaymentMethodOwner__Output {
  'clientId': (string);
}
