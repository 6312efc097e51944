// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface ReserveCreditsRequest {
  'agencyId'?: (string);
  'clientId'?: (string);
  'reservationId'?: (string);
  'amount'?: (number | string | Long);
  'expiresAt'?: (string);
  'reason'?: (string);
}

export interface ReserveCreditsRequest__Output {
  'agencyId': (string);
  'clientId': (string);
  'reservationId': (string);
  'amount': (string);
  'expiresAt': (string);
  'reason': (string);
}
