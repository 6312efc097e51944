// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { ClientListItem as _atrium_tenancy_v1_ClientListItem, ClientListItem__Output as _atrium_tenancy_v1_ClientListItem__Output } from '../../../atrium/tenancy/v1/ClientListItem';

export interface ListClientsResponse {
  'nextCursor'?: (string);
  'items'?: (_atrium_tenancy_v1_ClientListItem)[];
}

export interface ListClientsResponse__Output {
  'nextCursor': (string);
  'items': (_atrium_tenancy_v1_ClientListItem__Output)[];
}
