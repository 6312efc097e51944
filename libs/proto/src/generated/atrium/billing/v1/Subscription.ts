// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Plan as _atrium_billing_v1_Plan, Plan__Output as _atrium_billing_v1_Plan__Output } from '../../../atrium/billing/v1/Plan';
import type { SubscriptionStatus as _atrium_billing_v1_SubscriptionStatus, SubscriptionStatus__Output as _atrium_billing_v1_SubscriptionStatus__Output } from '../../../atrium/billing/v1/SubscriptionStatus';
import type { Long } from '@grpc/proto-loader';

export interface Subscription {
  'plan'?: (_atrium_billing_v1_Plan | null);
  'status'?: (_atrium_billing_v1_SubscriptionStatus);
  'currentPeriodStart'?: (string);
  'currentPeriodEnd'?: (string);
  'nextChargeAmountMinor'?: (number | string | Long);
  'nextChargeCurrency'?: (string);
  'nextChargeAt'?: (string);
  'pastDueSince'?: (string);
}

export interface Subscription__Output {
  'plan': (_atrium_billing_v1_Plan__Output | null);
  'status': (_atrium_billing_v1_SubscriptionStatus__Output);
  'currentPeriodStart': (string);
  'currentPeriodEnd': (string);
  'nextChargeAmountMinor': (string);
  'nextChargeCurrency': (string);
  'nextChargeAt': (string);
  'pastDueSince': (string);
}
