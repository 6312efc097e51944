// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Subscription as _atrium_billing_v1_Subscription, Subscription__Output as _atrium_billing_v1_Subscription__Output } from '../../../atrium/billing/v1/Subscription';

export interface GetSubscriptionResponse {
  'subscription'?: (_atrium_billing_v1_Subscription | null);
}

export interface GetSubscriptionResponse__Output {
  'subscription': (_atrium_billing_v1_Subscription__Output | null);
}
