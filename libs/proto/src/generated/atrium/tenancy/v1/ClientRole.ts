// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const ClientRole = {
  CLIENT_ROLE_UNSPECIFIED: 'CLIENT_ROLE_UNSPECIFIED',
  CLIENT_ROLE_PRIMARY: 'CLIENT_ROLE_PRIMARY',
  CLIENT_ROLE_ADMINISTRATOR: 'CLIENT_ROLE_ADMINISTRATOR',
  CLIENT_ROLE_DESIGNER: 'CLIENT_ROLE_DESIGNER',
  CLIENT_ROLE_READ_ONLY: 'CLIENT_ROLE_READ_ONLY',
} as const;

export type ClientRole =
  | 'CLIENT_ROLE_UNSPECIFIED'
  | 0
  | 'CLIENT_ROLE_PRIMARY'
  | 1
  | 'CLIENT_ROLE_ADMINISTRATOR'
  | 2
  | 'CLIENT_ROLE_DESIGNER'
  | 3
  | 'CLIENT_ROLE_READ_ONLY'
  | 4

export type ClientRole__Output = typeof ClientRole[keyof typeof ClientRole]
