// Original file: protos/atrium/tenancy/v1/tenancy.proto

import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from '../../../atrium/tenancy/v1/ClientCounters';

export interface ClientListItem {
  'id'?: (string);
  'name'?: (string);
  'tags'?: (string)[];
  'status'?: (string);
  'accountType'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'ownerName'?: (string);
  'accountManagerId'?: (string);
  'createdAt'?: (string);
  'lastActivityAt'?: (string);
  'counters'?: (_atrium_tenancy_v1_ClientCounters | null);
  'renewalDate'?: (string);
  'renewalDueSoon'?: (boolean);
}

export interface ClientListItem__Output {
  'id': (string);
  'name': (string);
  'tags': (string)[];
  'status': (string);
  'accountType': (string);
  'isMaster': (boolean);
  'ownerId': (string);
  'ownerName': (string);
  'accountManagerId': (string);
  'createdAt': (string);
  'lastActivityAt': (string);
  'counters': (_atrium_tenancy_v1_ClientCounters__Output | null);
  'renewalDate': (string);
  'renewalDueSoon': (boolean);
}
