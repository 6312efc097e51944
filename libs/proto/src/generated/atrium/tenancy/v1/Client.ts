// Original file: protos/atrium/tenancy/v1/tenancy.proto

import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from '../../../atrium/tenancy/v1/ClientCounters';

export interface Client {
  'id'?: (string);
  'agencyId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'website'?: (string);
  'tags'?: (string)[];
  'status'?: (string);
  'accountType'?: (string);
  'region'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'ownerName'?: (string);
  'accountManagerId'?: (string);
  'createdAt'?: (string);
  'lastActivityAt'?: (string);
  'counters'?: (_atrium_tenancy_v1_ClientCounters | null);
}

export interface Client__Output {
  'id': (string);
  'agencyId': (string);
  'name': (string);
  'description': (string);
  'website': (string);
  'tags': (string)[];
  'status': (string);
  'accountType': (string);
  'region': (string);
  'isMaster': (boolean);
  'ownerId': (string);
  'ownerName': (string);
  'accountManagerId': (string);
  'createdAt': (string);
  'lastActivityAt': (string);
  'counters': (_atrium_tenancy_v1_ClientCounters__Output | null);
}
