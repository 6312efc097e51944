// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListCustomFieldsRequest {
}

export interface ListCustomFieldsRequest__Output {
}
