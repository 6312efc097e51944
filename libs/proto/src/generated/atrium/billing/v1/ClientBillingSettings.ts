// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface ClientBillingSettings {
  'clientId'?: (string);
  'licensePriceMinor'?: (number | string | Long);
  'hasSpendingLimit'?: (boolean);
  'spendingLimitMinor'?: (number | string | Long);
  'currency'?: (string);
  'spentThisMonthMinor'?: (number | string | Long);
  'updatedAt'?: (string);
}

export interface ClientBillingSettings__Output {
  'clientId': (string);
  'licensePriceMinor': (string);
  'hasSpendingLimit': (boolean);
  'spendingLimitMinor': (string);
  'currency': (string);
  'spentThisMonthMinor': (string);
  'updatedAt': (string);
}
