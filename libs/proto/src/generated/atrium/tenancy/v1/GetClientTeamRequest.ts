// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetClientTeamRequest {
  'clientId'?: (string);
}

export interface GetClientTeamRequest__Output {
  'clientId': (string);
}
