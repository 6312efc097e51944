// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface PurchaseCreditsRequest {
  'clientId'?: (string);
  'quantity'?: (number | string | Long);
  'idempotencyKey'?: (string);
}

export interface PurchaseCreditsRequest__Output {
  'clientId': (string);
  'quantity': (string);
  'idempotencyKey': (string);
}
