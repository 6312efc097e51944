// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RecordSwitchActionResponse {
}

export interface RecordSwitchActionResponse__Output {
}
