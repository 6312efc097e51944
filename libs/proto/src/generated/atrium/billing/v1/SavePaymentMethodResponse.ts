// Original file: protos/atrium/billing/v1/billing_service.proto

import type { PaymentMethod as _atrium_billing_v1_PaymentMethod, PaymentMethod__Output as _atrium_billing_v1_PaymentMethod__Output } from '../../../atrium/billing/v1/PaymentMethod';

export interface SavePaymentMethodResponse {
  'paymentMethod'?: (_atrium_billing_v1_PaymentMethod | null);
}

export interface SavePaymentMethodResponse__Output {
  'paymentMethod': (_atrium_billing_v1_PaymentMethod__Output | null);
}
