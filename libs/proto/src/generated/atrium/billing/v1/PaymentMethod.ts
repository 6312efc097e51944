// Original file: protos/atrium/billing/v1/billing_service.proto

import type { PaymentMethodStatus as _atrium_billing_v1_PaymentMethodStatus, PaymentMethodStatus__Output as _atrium_billing_v1_PaymentMethodStatus__Output } from '../../../atrium/billing/v1/PaymentMethodStatus';

export interface PaymentMethod {
  'brand'?: (string);
  'last4'?: (string);
  'expMonth'?: (number);
  'expYear'?: (number);
  'status'?: (_atrium_billing_v1_PaymentMethodStatus);
  'updatedAt'?: (string);
}

export interface PaymentMethod__Output {
  'brand': (string);
  'last4': (string);
  'expMonth': (number);
  'expYear': (number);
  'status': (_atrium_billing_v1_PaymentMethodStatus__Output);
  'updatedAt': (string);
}
