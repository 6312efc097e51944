// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RemoveMemberResponse {
  'transferredClientIds'?: (string)[];
}

export interface RemoveMemberResponse__Output {
  'transferredClientIds': (string)[];
}
