// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from '../../../atrium/tenancy/v1/Client';

export interface DeleteClientResponse {
  'client'?: (_atrium_tenancy_v1_Client | null);
}

export interface DeleteClientResponse__Output {
  'client': (_atrium_tenancy_v1_Client__Output | null);
}
