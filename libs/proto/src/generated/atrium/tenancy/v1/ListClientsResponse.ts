// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from '../../../atrium/tenancy/v1/Client';

export interface ListClientsResponse {
  'clients'?: (_atrium_tenancy_v1_Client)[];
  'nextCursor'?: (string);
}

export interface ListClientsResponse__Output {
  'clients': (_atrium_tenancy_v1_Client__Output)[];
  'nextCursor': (string);
}
