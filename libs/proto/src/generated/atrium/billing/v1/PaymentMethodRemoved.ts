// Original file: protos/atrium/billing/v1/billing_events.proto


export interface PaymentMethodRemoved {
  'agencyId'?: (string);
  'clientId'?: (string);
  'paymentMethodId'?: (string);
  'removedBy'?: (string);
}

export interface PaymentMethodRemoved__Output {
  'agencyId': (string);
  'clientId': (string);
  'paymentMethodId': (string);
  'removedBy': (string);
}
