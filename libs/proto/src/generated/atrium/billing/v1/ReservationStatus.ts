// Original file: protos/atrium/billing/v1/billing_service.proto

export const ReservationStatus = {
  RESERVATION_STATUS_UNSPECIFIED: 'RESERVATION_STATUS_UNSPECIFIED',
  RESERVATION_STATUS_OPEN: 'RESERVATION_STATUS_OPEN',
  RESERVATION_STATUS_COMMITTED: 'RESERVATION_STATUS_COMMITTED',
  RESERVATION_STATUS_RELEASED: 'RESERVATION_STATUS_RELEASED',
} as const;

export type ReservationStatus =
  | 'RESERVATION_STATUS_UNSPECIFIED'
  | 0
  | 'RESERVATION_STATUS_OPEN'
  | 1
  | 'RESERVATION_STATUS_COMMITTED'
  | 2
  | 'RESERVATION_STATUS_RELEASED'
  | 3

export type ReservationStatus__Output = typeof ReservationStatus[keyof typeof ReservationStatus]
