// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface PurchaseCreditsResponse {
  'purchaseId'?: (string);
  'movementId'?: (string);
  'quantity'?: (number | string | Long);
  'tierId'?: (string);
  'unitPriceMinor'?: (number | string | Long);
  'amountMinor'?: (number | string | Long);
  'currency'?: (string);
  'available'?: (number | string | Long);
  'occurredAt'?: (string);
}

export interface PurchaseCreditsResponse__Output {
  'purchaseId': (string);
  'movementId': (string);
  'quantity': (string);
  'tierId': (string);
  'unitPriceMinor': (string);
  'amountMinor': (string);
  'currency': (string);
  'available': (string);
  'occurredAt': (string);
}
