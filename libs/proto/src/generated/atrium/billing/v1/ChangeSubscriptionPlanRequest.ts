// Original file: protos/atrium/billing/v1/billing_service.proto


export interface ChangeSubscriptionPlanRequest {
  'planId'?: (string);
  'idempotencyKey'?: (string);
}

export interface ChangeSubscriptionPlanRequest__Output {
  'planId': (string);
  'idempotencyKey': (string);
}
