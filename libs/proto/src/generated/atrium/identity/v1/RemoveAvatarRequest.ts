// Original file: protos/atrium/identity/v1/identity_service.proto


export interface RemoveAvatarRequest {
}

export interface RemoveAvatarRequest__Output {
}
