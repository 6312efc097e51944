// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteFieldMappingResponse {
}

export interface DeleteFieldMappingResponse__Output {
}
