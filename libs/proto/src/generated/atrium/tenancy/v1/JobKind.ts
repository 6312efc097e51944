// Original file: protos/atrium/tenancy/v1/tenancy.proto

export const JobKind = {
  JOB_KIND_UNSPECIFIED: 'JOB_KIND_UNSPECIFIED',
  JOB_KIND_PROSPECT_CLEANUP: 'JOB_KIND_PROSPECT_CLEANUP',
} as const;

export type JobKind =
  | 'JOB_KIND_UNSPECIFIED'
  | 0
  | 'JOB_KIND_PROSPECT_CLEANUP'
  | 1

export type JobKind__Output = typeof JobKind[keyof typeof JobKind]
