// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface CreditsReleased {
  'agencyId'?: (string);
  'clientId'?: (string);
  'reservationId'?: (string);
  'amount'?: (number | string | Long);
  'cause'?: (string);
}

export interface CreditsReleased__Output {
  'agencyId': (string);
  'clientId': (string);
  'reservationId': (string);
  'amount': (string);
  'cause': (string);
}
