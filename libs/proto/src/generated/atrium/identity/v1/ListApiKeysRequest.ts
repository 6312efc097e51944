// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ListApiKeysRequest {
}

export interface ListApiKeysRequest__Output {
}
