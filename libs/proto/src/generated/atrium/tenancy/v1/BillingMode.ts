// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const BillingMode = {
  BILLING_MODE_UNSPECIFIED: 'BILLING_MODE_UNSPECIFIED',
  BILLING_MODE_CLIENT_CARD: 'BILLING_MODE_CLIENT_CARD',
  BILLING_MODE_AGENCY_MANAGED: 'BILLING_MODE_AGENCY_MANAGED',
} as const;

export type BillingMode =
  | 'BILLING_MODE_UNSPECIFIED'
  | 0
  | 'BILLING_MODE_CLIENT_CARD'
  | 1
  | 'BILLING_MODE_AGENCY_MANAGED'
  | 2

export type BillingMode__Output = typeof BillingMode[keyof typeof BillingMode]
