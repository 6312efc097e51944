// Original file: protos/atrium/billing/v1/billing_service.proto

import type { CreditTransferDirection as _atrium_billing_v1_CreditTransferDirection, CreditTransferDirection__Output as _atrium_billing_v1_CreditTransferDirection__Output } from '../../../atrium/billing/v1/CreditTransferDirection';
import type { Long } from '@grpc/proto-loader';

export interface TransferCreditsRequest {
  'clientId'?: (string);
  'amount'?: (number | string | Long);
  'direction'?: (_atrium_billing_v1_CreditTransferDirection);
  'idempotencyKey'?: (string);
}

export interface TransferCreditsRequest__Output {
  'clientId': (string);
  'amount': (string);
  'direction': (_atrium_billing_v1_CreditTransferDirection__Output);
  'idempotencyKey': (string);
}
