// Original file: protos/atrium/billing/v1/billing_service.proto

import type { CreditLedgerEntry as _atrium_billing_v1_CreditLedgerEntry, CreditLedgerEntry__Output as _atrium_billing_v1_CreditLedgerEntry__Output } from '../../../atrium/billing/v1/CreditLedgerEntry';
import type { Long } from '@grpc/proto-loader';

export interface GetCreditsResponse {
  'available'?: (number | string | Long);
  'reserved'?: (number | string | Long);
  'entries'?: (_atrium_billing_v1_CreditLedgerEntry)[];
  'nextCursor'?: (string);
}

export interface GetCreditsResponse__Output {
  'available': (string);
  'reserved': (string);
  'entries': (_atrium_billing_v1_CreditLedgerEntry__Output)[];
  'nextCursor': (string);
}
