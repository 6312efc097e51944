// Original file: protos/atrium/tenancy/v1/tenancy_events.proto

import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from '../../../atrium/tenancy/v1/Client';

export interface ClientCreated {
  'agencyId'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  'ownerId'?: (string);
  'createdBy'?: (string);
  'client'?: (_atrium_tenancy_v1_Client | null);
}

export interface ClientCreated__Output {
  'agencyId': (string);
  'clientId': (string);
  'name': (string);
  'ownerId': (string);
  'createdBy': (string);
  'client': (_atrium_tenancy_v1_Client__Output | null);
}
