// Original file: protos/atrium/tenancy/v1/tenancy_events.proto

import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';

export interface ClientUserPrimaryChanged {
  'agencyId'?: (string);
  'clientId'?: (string);
  'primary'?: (_atrium_tenancy_v1_ClientUser | null);
  'formerPrimary'?: (_atrium_tenancy_v1_ClientUser | null);
  'changedBy'?: (string);
}

export interface ClientUserPrimaryChanged__Output {
  'agencyId': (string);
  'clientId': (string);
  'primary': (_atrium_tenancy_v1_ClientUser__Output | null);
  'formerPrimary': (_atrium_tenancy_v1_ClientUser__Output | null);
  'changedBy': (string);
}
