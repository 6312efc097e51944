// Original file: protos/atrium/billing/v1/billing_service.proto

export const CreditEntryDirection = {
  CREDIT_ENTRY_DIRECTION_UNSPECIFIED: 'CREDIT_ENTRY_DIRECTION_UNSPECIFIED',
  CREDIT_ENTRY_DIRECTION_IN: 'CREDIT_ENTRY_DIRECTION_IN',
  CREDIT_ENTRY_DIRECTION_OUT: 'CREDIT_ENTRY_DIRECTION_OUT',
} as const;

export type CreditEntryDirection =
  | 'CREDIT_ENTRY_DIRECTION_UNSPECIFIED'
  | 0
  | 'CREDIT_ENTRY_DIRECTION_IN'
  | 1
  | 'CREDIT_ENTRY_DIRECTION_OUT'
  | 2

export type CreditEntryDirection__Output = typeof CreditEntryDirection[keyof typeof CreditEntryDirection]
