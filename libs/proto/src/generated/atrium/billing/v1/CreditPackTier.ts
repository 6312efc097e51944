// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface CreditPackTier {
  'id'?: (string);
  'minQuantity'?: (number | string | Long);
  'maxQuantity'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  'currency'?: (string);
}

export interface CreditPackTier__Output {
  'id': (string);
  'minQuantity': (string);
  'maxQuantity': (string);
  'unitPriceMinor': (string);
  'currency': (string);
}
