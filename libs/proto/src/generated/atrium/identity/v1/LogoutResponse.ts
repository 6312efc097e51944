// Original file: protos/atrium/identity/v1/identity_service.proto


export interface LogoutResponse {
}

export interface LogoutResponse__Output {
}
