// Original file: protos/atrium/tenancy/v1/tenancy_events.proto

import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from '../../../atrium/tenancy/v1/Client';

export interface ClientUpdated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'changedFields'?: (string)[];
  'client'?: (_atrium_tenancy_v1_Client | null);
  'updatedBy'?: (string);
}

export interface ClientUpdated__Output {
  'agencyId': (string);
  'clientId': (string);
  'changedFields': (string)[];
  'client': (_atrium_tenancy_v1_Client__Output | null);
  'updatedBy': (string);
}
