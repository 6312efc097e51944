// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Plan as _atrium_billing_v1_Plan, Plan__Output as _atrium_billing_v1_Plan__Output } from '../../../atrium/billing/v1/Plan';

export interface ListPlansResponse {
  'plans'?: (_atrium_billing_v1_Plan)[];
}

export interface ListPlansResponse__Output {
  'plans': (_atrium_billing_v1_Plan__Output)[];
}
