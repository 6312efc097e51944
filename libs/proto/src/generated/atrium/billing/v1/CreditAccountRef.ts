// Original file: protos/atrium/billing/v1/billing_service.proto

import type { CreditAccountKind as _atrium_billing_v1_CreditAccountKind, CreditAccountKind__Output as _atrium_billing_v1_CreditAccountKind__Output } from '../../../atrium/billing/v1/CreditAccountKind';

export interface CreditAccountRef {
  'kind'?: (_atrium_billing_v1_CreditAccountKind);
  'clientId'?: (string);
}

export interface CreditAccountRef__Output {
  'kind': (_atrium_billing_v1_CreditAccountKind__Output);
  'clientId': (string);
}
