// Original file: protos/atrium/billing/v1/billing_service.proto


export interface ListCreditPacksRequest {
}

export interface ListCreditPacksRequest__Output {
}
