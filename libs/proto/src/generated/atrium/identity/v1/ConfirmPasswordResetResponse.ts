// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ConfirmPasswordResetResponse {
}

export interface ConfirmPasswordResetResponse__Output {
}
