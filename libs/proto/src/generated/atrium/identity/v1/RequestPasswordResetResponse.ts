// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RequestPasswordResetResponse {
}

export interface RequestPasswordResetResponse__Output {
}
