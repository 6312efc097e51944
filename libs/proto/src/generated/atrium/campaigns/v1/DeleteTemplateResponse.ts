// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteTemplateResponse {
}

export interface DeleteTemplateResponse__Output {
}
