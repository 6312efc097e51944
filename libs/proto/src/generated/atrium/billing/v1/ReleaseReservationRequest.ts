// Original file: protos/atrium/billing/v1/billing_service.proto


export interface ReleaseReservationRequest {
  'agencyId'?: (string);
  'reservationId'?: (string);
}

export interface ReleaseReservationRequest__Output {
  'agencyId': (string);
  'reservationId': (string);
}
