// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface SubscriptionChanged {
  'agencyId'?: (string);
  'planId'?: (string);
  'clientLimit'?: (number);
  'status'?: (string);
  'currentPeriodStart'?: (string);
  'currentPeriodEnd'?: (string);
  'version'?: (number | string | Long);
  'unlimitedClients'?: (boolean);
}

export interface SubscriptionChanged__Output {
  'agencyId': (string);
  'planId': (string);
  'clientLimit': (number);
  'status': (string);
  'currentPeriodStart': (string);
  'currentPeriodEnd': (string);
  'version': (string);
  'unlimitedClients': (boolean);
}
