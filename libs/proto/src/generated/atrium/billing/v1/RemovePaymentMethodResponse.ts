// Original file: protos/atrium/billing/v1/billing_service.proto


export interface RemovePaymentMethodResponse {
}

export interface RemovePaymentMethodResponse__Output {
}
