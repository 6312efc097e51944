// Original file: protos/atrium/identity/v1/identity_service.proto


export interface LogoutRequest {
}

export interface LogoutRequest__Output {
}
