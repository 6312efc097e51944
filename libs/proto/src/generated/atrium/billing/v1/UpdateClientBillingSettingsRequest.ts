// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface UpdateClientBillingSettingsRequest {
  'clientId'?: (string);
  'licensePriceMinor'?: (number | string | Long);
  'spendingLimitMinor'?: (number | string | Long);
  'clearSpendingLimit'?: (boolean);
  'currency'?: (string);
  '_licensePriceMinor'?: "licensePriceMinor";
  '_spendingLimitMinor'?: "spendingLimitMinor";
  '_currency'?: "currency";
}

export interface UpdateClientBillingSettingsRequest__Output {
  'clientId': (string);
  'licensePriceMinor'?: (string);
  'spendingLimitMinor'?: (string);
  'clearSpendingLimit': (boolean);
  'currency'?: (string);
  '_licensePriceMinor'?: "licensePriceMinor";
  '_spendingLimitMinor'?: "spendingLimitMinor";
  '_currency'?: "currency";
}
