// Original file: protos/atrium/tenancy/v1/tenancy.proto

import type { AuditActor as _atrium_tenancy_v1_AuditActor, AuditActor__Output as _atrium_tenancy_v1_AuditActor__Output } from '../../../atrium/tenancy/v1/AuditActor';

export interface AuditEntry {
  'id'?: (string);
  'occurredAt'?: (string);
  'actor'?: (_atrium_tenancy_v1_AuditActor | null);
  'actingAsClientId'?: (string);
  'action'?: (string);
  'targetType'?: (string);
  'targetId'?: (string);
  'clientId'?: (string);
  'requestId'?: (string);
  'beforeJson'?: (string);
  'afterJson'?: (string);
}

export interface AuditEntry__Output {
  'id': (string);
  'occurredAt': (string);
  'actor': (_atrium_tenancy_v1_AuditActor__Output | null);
  'actingAsClientId': (string);
  'action': (string);
  'targetType': (string);
  'targetId': (string);
  'clientId': (string);
  'requestId': (string);
  'beforeJson': (string);
  'afterJson': (string);
}
