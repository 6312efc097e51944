// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from '../../../atrium/tenancy/v1/Agency';

export interface GetAgencyHomeResponse {
  'agency'?: (_atrium_tenancy_v1_Agency | null);
  'activeClients'?: (number);
  'inactiveClients'?: (number);
  'members'?: (number);
  'planClientLimit'?: (number);
  'clientLoginUrl'?: (string);
  'planClientsUnlimited'?: (boolean);
}

export interface GetAgencyHomeResponse__Output {
  'agency': (_atrium_tenancy_v1_Agency__Output | null);
  'activeClients': (number);
  'inactiveClients': (number);
  'members': (number);
  'planClientLimit': (number);
  'clientLoginUrl': (string);
  'planClientsUnlimited': (boolean);
}
