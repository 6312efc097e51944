// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface CreditsPurchased {
  'agencyId'?: (string);
  'movementId'?: (string);
  'quantity'?: (number | string | Long);
  'amountMinor'?: (number | string | Long);
  'currency'?: (string);
  'clientId'?: (string);
  'purchaseId'?: (string);
  'available'?: (number | string | Long);
  'actorId'?: (string);
}

export interface CreditsPurchased__Output {
  'agencyId': (string);
  'movementId': (string);
  'quantity': (string);
  'amountMinor': (string);
  'currency': (string);
  'clientId': (string);
  'purchaseId': (string);
  'available': (string);
  'actorId': (string);
}
