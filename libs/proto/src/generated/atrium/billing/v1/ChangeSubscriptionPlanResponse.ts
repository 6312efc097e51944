// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Subscription as _atrium_billing_v1_Subscription, Subscription__Output as _atrium_billing_v1_Subscription__Output } from '../../../atrium/billing/v1/Subscription';
import type { Long } from '@grpc/proto-loader';

export interface ChangeSubscriptionPlanResponse {
  'subscription'?: (_atrium_billing_v1_Subscription | null);
  'chargedAmountMinor'?: (number | string | Long);
}

export interface ChangeSubscriptionPlanResponse__Output {
  'subscription': (_atrium_billing_v1_Subscription__Output | null);
  'chargedAmountMinor': (string);
}
