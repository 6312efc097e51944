// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectResponse {
}

export interface DeleteProspectResponse__Output {
}
