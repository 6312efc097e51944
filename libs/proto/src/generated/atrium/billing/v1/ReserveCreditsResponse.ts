// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Reservation as _atrium_billing_v1_Reservation, Reservation__Output as _atrium_billing_v1_Reservation__Output } from '../../../atrium/billing/v1/Reservation';
import type { Long } from '@grpc/proto-loader';

export interface ReserveCreditsResponse {
  'reservation'?: (_atrium_billing_v1_Reservation | null);
  'clientAvailable'?: (number | string | Long);
}

export interface ReserveCreditsResponse__Output {
  'reservation': (_atrium_billing_v1_Reservation__Output | null);
  'clientAvailable': (string);
}
