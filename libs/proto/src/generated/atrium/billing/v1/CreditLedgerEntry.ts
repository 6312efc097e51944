// Original file: protos/atrium/billing/v1/billing_service.proto

import type { CreditEntryDirection as _atrium_billing_v1_CreditEntryDirection, CreditEntryDirection__Output as _atrium_billing_v1_CreditEntryDirection__Output } from '../../../atrium/billing/v1/CreditEntryDirection';
import type { CreditAccountRef as _atrium_billing_v1_CreditAccountRef, CreditAccountRef__Output as _atrium_billing_v1_CreditAccountRef__Output } from '../../../atrium/billing/v1/CreditAccountRef';
import type { Long } from '@grpc/proto-loader';

export interface CreditLedgerEntry {
  'id'?: (string);
  'occurredAt'?: (string);
  'amount'?: (number | string | Long);
  'direction'?: (_atrium_billing_v1_CreditEntryDirection);
  'counterAccount'?: (_atrium_billing_v1_CreditAccountRef | null);
  'reason'?: (string);
  'actorId'?: (string);
  'idempotencyKey'?: (string);
  'movementId'?: (string);
}

export interface CreditLedgerEntry__Output {
  'id': (string);
  'occurredAt': (string);
  'amount': (string);
  'direction': (_atrium_billing_v1_CreditEntryDirection__Output);
  'counterAccount': (_atrium_billing_v1_CreditAccountRef__Output | null);
  'reason': (string);
  'actorId': (string);
  'idempotencyKey': (string);
  'movementId': (string);
}
