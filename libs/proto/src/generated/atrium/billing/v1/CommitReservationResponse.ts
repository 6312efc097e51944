// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Reservation as _atrium_billing_v1_Reservation, Reservation__Output as _atrium_billing_v1_Reservation__Output } from '../../../atrium/billing/v1/Reservation';

export interface CommitReservationResponse {
  'reservation'?: (_atrium_billing_v1_Reservation | null);
}

export interface CommitReservationResponse__Output {
  'reservation': (_atrium_billing_v1_Reservation__Output | null);
}
