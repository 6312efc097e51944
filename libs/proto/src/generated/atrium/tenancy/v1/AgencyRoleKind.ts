// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const AgencyRoleKind = {
  AGENCY_ROLE_KIND_UNSPECIFIED: 'AGENCY_ROLE_KIND_UNSPECIFIED',
  AGENCY_ROLE_KIND_OWNER: 'AGENCY_ROLE_KIND_OWNER',
  AGENCY_ROLE_KIND_ADMIN: 'AGENCY_ROLE_KIND_ADMIN',
  AGENCY_ROLE_KIND_MEMBER: 'AGENCY_ROLE_KIND_MEMBER',
  AGENCY_ROLE_KIND_CUSTOM: 'AGENCY_ROLE_KIND_CUSTOM',
} as const;

export type AgencyRoleKind =
  | 'AGENCY_ROLE_KIND_UNSPECIFIED'
  | 0
  | 'AGENCY_ROLE_KIND_OWNER'
  | 1
  | 'AGENCY_ROLE_KIND_ADMIN'
  | 2
  | 'AGENCY_ROLE_KIND_MEMBER'
  | 3
  | 'AGENCY_ROLE_KIND_CUSTOM'
  | 4

export type AgencyRoleKind__Output = typeof AgencyRoleKind[keyof typeof AgencyRoleKind]
