// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const ClientUserStatus = {
  CLIENT_USER_STATUS_UNSPECIFIED: 'CLIENT_USER_STATUS_UNSPECIFIED',
  CLIENT_USER_STATUS_INVITED: 'CLIENT_USER_STATUS_INVITED',
  CLIENT_USER_STATUS_ACTIVE: 'CLIENT_USER_STATUS_ACTIVE',
  CLIENT_USER_STATUS_DISABLED: 'CLIENT_USER_STATUS_DISABLED',
} as const;

export type ClientUserStatus =
  | 'CLIENT_USER_STATUS_UNSPECIFIED'
  | 0
  | 'CLIENT_USER_STATUS_INVITED'
  | 1
  | 'CLIENT_USER_STATUS_ACTIVE'
  | 2
  | 'CLIENT_USER_STATUS_DISABLED'
  | 3

export type ClientUserStatus__Output = typeof ClientUserStatus[keyof typeof ClientUserStatus]
