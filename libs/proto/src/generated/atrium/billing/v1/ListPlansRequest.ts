// Original file: protos/atrium/billing/v1/billing_service.proto


export interface ListPlansRequest {
}

export interface ListPlansRequest__Output {
}
