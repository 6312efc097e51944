// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectListResponse {
}

export interface DeleteProspectListResponse__Output {
}
