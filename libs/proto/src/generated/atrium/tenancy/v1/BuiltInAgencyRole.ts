// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const BuiltInAgencyRole = {
  BUILT_IN_AGENCY_ROLE_UNSPECIFIED: 'BUILT_IN_AGENCY_ROLE_UNSPECIFIED',
  BUILT_IN_AGENCY_ROLE_OWNER: 'BUILT_IN_AGENCY_ROLE_OWNER',
  BUILT_IN_AGENCY_ROLE_ADMIN: 'BUILT_IN_AGENCY_ROLE_ADMIN',
  BUILT_IN_AGENCY_ROLE_MEMBER: 'BUILT_IN_AGENCY_ROLE_MEMBER',
} as const;

export type BuiltInAgencyRole =
  | 'BUILT_IN_AGENCY_ROLE_UNSPECIFIED'
  | 0
  | 'BUILT_IN_AGENCY_ROLE_OWNER'
  | 1
  | 'BUILT_IN_AGENCY_ROLE_ADMIN'
  | 2
  | 'BUILT_IN_AGENCY_ROLE_MEMBER'
  | 3

export type BuiltInAgencyRole__Output = typeof BuiltInAgencyRole[keyof typeof BuiltInAgencyRole]
