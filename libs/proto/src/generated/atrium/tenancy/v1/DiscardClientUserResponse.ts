// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface DiscardClientUserResponse {
}

export interface DiscardClientUserResponse__Output {
}
