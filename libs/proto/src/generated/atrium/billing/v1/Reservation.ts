// Original file: protos/atrium/billing/v1/billing_service.proto

import type { ReservationStatus as _atrium_billing_v1_ReservationStatus, ReservationStatus__Output as _atrium_billing_v1_ReservationStatus__Output } from '../../../atrium/billing/v1/ReservationStatus';
import type { Long } from '@grpc/proto-loader';

export interface Reservation {
  'reservationId'?: (string);
  'clientId'?: (string);
  'amount'?: (number | string | Long);
  'status'?: (_atrium_billing_v1_ReservationStatus);
  'committedAmount'?: (number | string | Long);
  'expiresAt'?: (string);
}

export interface Reservation__Output {
  'reservationId': (string);
  'clientId': (string);
  'amount': (string);
  'status': (_atrium_billing_v1_ReservationStatus__Output);
  'committedAmount': (string);
  'expiresAt': (string);
}
