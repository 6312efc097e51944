// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface Plan {
  'id'?: (string);
  'name'?: (string);
  'monthlyFeeMinor'?: (number | string | Long);
  'currency'?: (string);
  'clientLimit'?: (number);
  'features'?: (string)[];
  'isDefault'?: (boolean);
  'unlimitedClients'?: (boolean);
}

export interface Plan__Output {
  'id': (string);
  'name': (string);
  'monthlyFeeMinor': (string);
  'currency': (string);
  'clientLimit': (number);
  'features': (string)[];
  'isDefault': (boolean);
  'unlimitedClients': (boolean);
}
