// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ChangePasswordResponse {
}

export interface ChangePasswordResponse__Output {
}
