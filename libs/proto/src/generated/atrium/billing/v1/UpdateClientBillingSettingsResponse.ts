// Original file: protos/atrium/billing/v1/billing_service.proto

import type { ClientBillingSettings as _atrium_billing_v1_ClientBillingSettings, ClientBillingSettings__Output as _atrium_billing_v1_ClientBillingSettings__Output } from '../../../atrium/billing/v1/ClientBillingSettings';

export interface UpdateClientBillingSettingsResponse {
  'settings'?: (_atrium_billing_v1_ClientBillingSettings | null);
}

export interface UpdateClientBillingSettingsResponse__Output {
  'settings': (_atrium_billing_v1_ClientBillingSettings__Output | null);
}
