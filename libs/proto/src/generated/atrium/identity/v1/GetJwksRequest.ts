// Original file: protos/atrium/identity/v1/identity_service.proto


export interface GetJwksRequest {
}

export interface GetJwksRequest__Output {
}
