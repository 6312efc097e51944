// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RevokeApiKeyResponse {
}

export interface RevokeApiKeyResponse__Output {
}
