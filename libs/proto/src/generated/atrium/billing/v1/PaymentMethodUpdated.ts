// Original file: protos/atrium/billing/v1/billing_events.proto


export interface PaymentMethodUpdated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'paymentMethodId'?: (string);
  'brand'?: (string);
  'last4'?: (string);
  'expMonth'?: (number);
  'expYear'?: (number);
  'updatedBy'?: (string);
}

export interface PaymentMethodUpdated__Output {
  'agencyId': (string);
  'clientId': (string);
  'paymentMethodId': (string);
  'brand': (string);
  'last4': (string);
  'expMonth': (number);
  'expYear': (number);
  'updatedBy': (string);
}
