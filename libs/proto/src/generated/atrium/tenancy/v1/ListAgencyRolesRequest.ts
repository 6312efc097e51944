// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListAgencyRolesRequest {
}

export interface ListAgencyRolesRequest__Output {
}
