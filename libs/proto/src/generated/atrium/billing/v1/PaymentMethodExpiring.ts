// Original file: protos/atrium/billing/v1/billing_events.proto


export interface PaymentMethodExpiring {
  'agencyId'?: (string);
  'clientId'?: (string);
  'paymentMethodId'?: (string);
  'brand'?: (string);
  'last4'?: (string);
  'expMonth'?: (number);
  'expYear'?: (number);
  'reason'?: (string);
  'savedBy'?: (string);
}

export interface PaymentMethodExpiring__Output {
  'agencyId': (string);
  'clientId': (string);
  'paymentMethodId': (string);
  'brand': (string);
  'last4': (string);
  'expMonth': (number);
  'expYear': (number);
  'reason': (string);
  'savedBy': (string);
}
