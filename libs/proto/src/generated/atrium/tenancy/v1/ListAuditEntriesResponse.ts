// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { AuditEntry as _atrium_tenancy_v1_AuditEntry, AuditEntry__Output as _atrium_tenancy_v1_AuditEntry__Output } from '../../../atrium/tenancy/v1/AuditEntry';

export interface ListAuditEntriesResponse {
  'entries'?: (_atrium_tenancy_v1_AuditEntry)[];
  'nextCursor'?: (string);
}

export interface ListAuditEntriesResponse__Output {
  'entries': (_atrium_tenancy_v1_AuditEntry__Output)[];
  'nextCursor': (string);
}
