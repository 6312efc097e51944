// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface SetClientTeamRequest {
  'clientId'?: (string);
  'ownerId'?: (string);
  'memberIds'?: (string)[];
}

export interface SetClientTeamRequest__Output {
  'clientId': (string);
  'ownerId': (string);
  'memberIds': (string)[];
}
