// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const ClientStatus = {
  CLIENT_STATUS_UNSPECIFIED: 'CLIENT_STATUS_UNSPECIFIED',
  CLIENT_STATUS_ACTIVE: 'CLIENT_STATUS_ACTIVE',
  CLIENT_STATUS_INACTIVE: 'CLIENT_STATUS_INACTIVE',
  CLIENT_STATUS_DELETED: 'CLIENT_STATUS_DELETED',
} as const;

export type ClientStatus =
  | 'CLIENT_STATUS_UNSPECIFIED'
  | 0
  | 'CLIENT_STATUS_ACTIVE'
  | 1
  | 'CLIENT_STATUS_INACTIVE'
  | 2
  | 'CLIENT_STATUS_DELETED'
  | 3

export type ClientStatus__Output = typeof ClientStatus[keyof typeof ClientStatus]
