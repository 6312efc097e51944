// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ClientStatus as _atrium_campaigns_v1_ClientStatus, ClientStatus__Output as _atrium_campaigns_v1_ClientStatus__Output } from '../../../atrium/campaigns/v1/ClientStatus';

export interface GetClientStatusResponse {
  'status'?: (_atrium_campaigns_v1_ClientStatus);
  'changedAt'?: (string);
}

export interface GetClientStatusResponse__Output {
  'status': (_atrium_campaigns_v1_ClientStatus__Output);
  'changedAt': (string);
}
