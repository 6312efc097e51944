// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ListSessionsRequest {
}

export interface ListSessionsRequest__Output {
}
