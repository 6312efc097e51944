// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const AuditActorKind = {
  AUDIT_ACTOR_KIND_UNSPECIFIED: 'AUDIT_ACTOR_KIND_UNSPECIFIED',
  AUDIT_ACTOR_KIND_USER: 'AUDIT_ACTOR_KIND_USER',
  AUDIT_ACTOR_KIND_API_KEY: 'AUDIT_ACTOR_KIND_API_KEY',
  AUDIT_ACTOR_KIND_SYSTEM: 'AUDIT_ACTOR_KIND_SYSTEM',
} as const;

export type AuditActorKind =
  | 'AUDIT_ACTOR_KIND_UNSPECIFIED'
  | 0
  | 'AUDIT_ACTOR_KIND_USER'
  | 1
  | 'AUDIT_ACTOR_KIND_API_KEY'
  | 2
  | 'AUDIT_ACTOR_KIND_SYSTEM'
  | 3

export type AuditActorKind__Output = typeof AuditActorKind[keyof typeof AuditActorKind]
