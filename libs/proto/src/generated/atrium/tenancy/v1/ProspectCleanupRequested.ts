// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ProspectCleanupRequested {
  'jobId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'mode'?: (string);
  'prospectIds'?: (string)[];
  'requestedBy'?: (string);
}

export interface ProspectCleanupRequested__Output {
  'jobId': (string);
  'agencyId': (string);
  'clientId': (string);
  'mode': (string);
  'prospectIds': (string)[];
  'requestedBy': (string);
}
