// Original file: protos/atrium/campaigns/v1/campaigns_service.proto


export interface DeleteProspectFieldResponse {
}

export interface DeleteProspectFieldResponse__Output {
}
