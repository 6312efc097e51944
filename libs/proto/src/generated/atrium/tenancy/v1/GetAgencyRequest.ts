// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetAgencyRequest {
}

export interface GetAgencyRequest__Output {
}
