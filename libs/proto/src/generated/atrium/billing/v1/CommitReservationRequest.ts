// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface CommitReservationRequest {
  'agencyId'?: (string);
  'reservationId'?: (string);
  'amount'?: (number | string | Long);
}

export interface CommitReservationRequest__Output {
  'agencyId': (string);
  'reservationId': (string);
  'amount': (string);
}
