// Original file: protos/atrium/billing/v1/billing_service.proto

export const CreditTransferDirection = {
  CREDIT_TRANSFER_DIRECTION_UNSPECIFIED: 'CREDIT_TRANSFER_DIRECTION_UNSPECIFIED',
  CREDIT_TRANSFER_DIRECTION_TO_CLIENT: 'CREDIT_TRANSFER_DIRECTION_TO_CLIENT',
  CREDIT_TRANSFER_DIRECTION_TO_AGENCY: 'CREDIT_TRANSFER_DIRECTION_TO_AGENCY',
} as const;

export type CreditTransferDirection =
  | 'CREDIT_TRANSFER_DIRECTION_UNSPECIFIED'
  | 0
  | 'CREDIT_TRANSFER_DIRECTION_TO_CLIENT'
  | 1
  | 'CREDIT_TRANSFER_DIRECTION_TO_AGENCY'
  | 2

export type CreditTransferDirection__Output = typeof CreditTransferDirection[keyof typeof CreditTransferDirection]
