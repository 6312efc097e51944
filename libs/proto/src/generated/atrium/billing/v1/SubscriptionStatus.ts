// Original file: protos/atrium/billing/v1/billing_service.proto

export const SubscriptionStatus = {
  SUBSCRIPTION_STATUS_UNSPECIFIED: 'SUBSCRIPTION_STATUS_UNSPECIFIED',
  SUBSCRIPTION_STATUS_ACTIVE: 'SUBSCRIPTION_STATUS_ACTIVE',
  SUBSCRIPTION_STATUS_PAST_DUE: 'SUBSCRIPTION_STATUS_PAST_DUE',
} as const;

export type SubscriptionStatus =
  | 'SUBSCRIPTION_STATUS_UNSPECIFIED'
  | 0
  | 'SUBSCRIPTION_STATUS_ACTIVE'
  | 1
  | 'SUBSCRIPTION_STATUS_PAST_DUE'
  | 2

export type SubscriptionStatus__Output = typeof SubscriptionStatus[keyof typeof SubscriptionStatus]
