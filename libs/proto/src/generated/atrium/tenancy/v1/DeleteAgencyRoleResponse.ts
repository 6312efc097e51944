// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DeleteAgencyRoleResponse {
}

export interface DeleteAgencyRoleResponse__Output {
}
