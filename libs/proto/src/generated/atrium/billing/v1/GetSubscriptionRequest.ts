// Original file: protos/atrium/billing/v1/billing_service.proto


export interface GetSubscriptionRequest {
}

export interface GetSubscriptionRequest__Output {
}
