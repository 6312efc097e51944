// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const AccountType = {
  ACCOUNT_TYPE_UNSPECIFIED: 'ACCOUNT_TYPE_UNSPECIFIED',
  ACCOUNT_TYPE_FULL: 'ACCOUNT_TYPE_FULL',
  ACCOUNT_TYPE_ADS_ONLY: 'ACCOUNT_TYPE_ADS_ONLY',
} as const;

export type AccountType =
  | 'ACCOUNT_TYPE_UNSPECIFIED'
  | 0
  | 'ACCOUNT_TYPE_FULL'
  | 1
  | 'ACCOUNT_TYPE_ADS_ONLY'
  | 2

export type AccountType__Output = typeof AccountType[keyof typeof AccountType]
