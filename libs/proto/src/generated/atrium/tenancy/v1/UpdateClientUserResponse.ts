// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';

export interface UpdateClientUserResponse {
  'clientUser'?: (_atrium_tenancy_v1_ClientUser | null);
}

export interface UpdateClientUserResponse__Output {
  'clientUser': (_atrium_tenancy_v1_ClientUser__Output | null);
}
