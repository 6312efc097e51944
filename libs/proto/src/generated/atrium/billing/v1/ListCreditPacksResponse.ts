// Original file: protos/atrium/billing/v1/billing_service.proto

import type { CreditPackTier as _atrium_billing_v1_CreditPackTier, CreditPackTier__Output as _atrium_billing_v1_CreditPackTier__Output } from '../../../atrium/billing/v1/CreditPackTier';

export interface ListCreditPacksResponse {
  'tiers'?: (_atrium_billing_v1_CreditPackTier)[];
}

export interface ListCreditPacksResponse__Output {
  'tiers': (_atrium_billing_v1_CreditPackTier__Output)[];
}
