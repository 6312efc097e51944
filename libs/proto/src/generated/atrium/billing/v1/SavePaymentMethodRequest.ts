// Original file: protos/atrium/billing/v1/billing_service.proto

import type { PaymentMethodOwner as _atrium_billing_v1_PaymentMethodOwner, PaymentMethodOwner__Output as _atrium_billing_v1_PaymentMethodOwner__Output } from '../../../atrium/billing/v1/PaymentMethodOwner';

export interface SavePaymentMethodRequest {
  'owner'?: (_atrium_billing_v1_PaymentMethodOwner | null);
  'token'?: (string);
}

export interface SavePaymentMethodRequest__Output {
  'owner': (_atrium_billing_v1_PaymentMethodOwner__Output | null);
  'token': (string);
}
