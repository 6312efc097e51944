// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface CreditsReserved {
  'agencyId'?: (string);
  'clientId'?: (string);
  'reservationId'?: (string);
  'amount'?: (number | string | Long);
  'expiresAt'?: (string);
}

export interface CreditsReserved__Output {
  'agencyId': (string);
  'clientId': (string);
  'reservationId': (string);
  'amount': (string);
  'expiresAt': (string);
}
