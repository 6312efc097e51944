// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetAgencyHomeRequest {
}

export interface GetAgencyHomeRequest__Output {
}
