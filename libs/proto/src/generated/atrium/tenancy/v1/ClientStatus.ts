// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const ClientStatus = {
  CLIENT_STATUS_UNSPECIFIED: 'CLIENT_STATUS_UNSPECIFIED',
  CLIENT_STATUS_ACTIVE: 'CLIENT_STATUS_ACTIVE',
  CLIENT_STATUS_INACTIVE: 'CLIENT_STATUS_INACTIVE',
  CLIENT_STATUS_DELETING: 'CLIENT_STATUS_DELETING',
  CLIENT_STATUS_DELETED: 'CLIENT_STATUS_DELETED',
} as const;

export type ClientStatus =
  | 'CLIENT_STATUS_UNSPECIFIED'
  | 0
  | 'CLIENT_STATUS_ACTIVE'
  | 1
  | 'CLIENT_STATUS_INACTIVE'
  | 2
  | 'CLIENT_STATUS_DELETING'
  | 3
  | 'CLIENT_STATUS_DELETED'
  | 4

export type ClientStatus__Output = typeof ClientStatus[keyof typeof ClientStatus]
