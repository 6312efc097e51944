// Original file: protos/atrium/billing/v1/billing_service.proto

import type { PaymentMethodOwner as _atrium_billing_v1_PaymentMethodOwner, PaymentMethodOwner__Output as _atrium_billing_v1_PaymentMethodOwner__Output } from '../../../atrium/billing/v1/PaymentMethodOwner';

export interface GetPaymentMethodRequest {
  'owner'?: (_atrium_billing_v1_PaymentMethodOwner | null);
}

export interface GetPaymentMethodRequest__Output {
  'owner': (_atrium_billing_v1_PaymentMethodOwner__Output | null);
}
