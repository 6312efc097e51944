// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface SubscriptionPastDue {
  'agencyId'?: (string);
  'planId'?: (string);
  'amountMinor'?: (number | string | Long);
  'currency'?: (string);
  'reason'?: (string);
  'nextRetryAt'?: (string);
  'contactLookupUserId'?: (string);
  'version'?: (number | string | Long);
  'planName'?: (string);
}

export interface SubscriptionPastDue__Output {
  'agencyId': (string);
  'planId': (string);
  'amountMinor': (string);
  'currency': (string);
  'reason': (string);
  'nextRetryAt': (string);
  'contactLookupUserId': (string);
  'version': (string);
  'planName': (string);
}
