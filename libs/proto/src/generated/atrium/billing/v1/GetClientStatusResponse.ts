// Original file: protos/atrium/billing/v1/billing_service.proto

import type { ClientStatus as _atrium_billing_v1_ClientStatus, ClientStatus__Output as _atrium_billing_v1_ClientStatus__Output } from '../../../atrium/billing/v1/ClientStatus';

export interface GetClientStatusResponse {
  'status'?: (_atrium_billing_v1_ClientStatus);
  'changedAt'?: (string);
}

export interface GetClientStatusResponse__Output {
  'status': (_atrium_billing_v1_ClientStatus__Output);
  'changedAt': (string);
}
