// Original file: protos/atrium/identity/v1/identity_service.proto


export interface UnlockLoginResponse {
}

export interface UnlockLoginResponse__Output {
}
