// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RemoveClientUserResponse {
}

export interface RemoveClientUserResponse__Output {
}
