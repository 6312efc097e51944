// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';

export interface ListClientUsersResponse {
  'clientUsers'?: (_atrium_tenancy_v1_ClientUser)[];
  'nextCursor'?: (string);
}

export interface ListClientUsersResponse__Output {
  'clientUsers': (_atrium_tenancy_v1_ClientUser__Output)[];
  'nextCursor': (string);
}
