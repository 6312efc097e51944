// Original file: protos/atrium/identity/v1/identity_service.proto

import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';

export interface CreateClientUserWithPasswordResponse {
  'clientUser'?: (_atrium_tenancy_v1_ClientUser | null);
}

export interface CreateClientUserWithPasswordResponse__Output {
  'clientUser': (_atrium_tenancy_v1_ClientUser__Output | null);
}
