// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DeleteCustomFieldResponse {
}

export interface DeleteCustomFieldResponse__Output {
}
