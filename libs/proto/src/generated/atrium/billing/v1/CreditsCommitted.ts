// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface CreditsCommitted {
  'agencyId'?: (string);
  'clientId'?: (string);
  'reservationId'?: (string);
  'committedAmount'?: (number | string | Long);
  'returnedAmount'?: (number | string | Long);
}

export interface CreditsCommitted__Output {
  'agencyId': (string);
  'clientId': (string);
  'reservationId': (string);
  'committedAmount': (string);
  'returnedAmount': (string);
}
