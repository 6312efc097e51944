// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface PaymentMethodDeclined {
  'agencyId'?: (string);
  'clientId'?: (string);
  'paymentMethodId'?: (string);
  'brand'?: (string);
  'last4'?: (string);
  'reason'?: (string);
  'amount'?: (number | string | Long);
  'currency'?: (string);
  'savedBy'?: (string);
}

export interface PaymentMethodDeclined__Output {
  'agencyId': (string);
  'clientId': (string);
  'paymentMethodId': (string);
  'brand': (string);
  'last4': (string);
  'reason': (string);
  'amount': (string);
  'currency': (string);
  'savedBy': (string);
}
