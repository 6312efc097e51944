// Original file: protos/atrium/tenancy/v1/tenancy_events.proto

import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';

export interface ClientUserCreated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'clientUser'?: (_atrium_tenancy_v1_ClientUser | null);
  'createdBy'?: (string);
}

export interface ClientUserCreated__Output {
  'agencyId': (string);
  'clientId': (string);
  'clientUser': (_atrium_tenancy_v1_ClientUser__Output | null);
  'createdBy': (string);
}
