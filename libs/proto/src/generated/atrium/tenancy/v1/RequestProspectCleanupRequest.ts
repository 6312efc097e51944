// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface RequestProspectCleanupRequest {
  'clientId'?: (string);
  'mode'?: (string);
  'prospectIds'?: (string)[];
}

export interface RequestProspectCleanupRequest__Output {
  'clientId': (string);
  'mode': (string);
  'prospectIds': (string)[];
}
