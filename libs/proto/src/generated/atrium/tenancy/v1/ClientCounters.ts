// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface ClientCounters {
  'storedProspects'?: (number);
  'connectedProspects'?: (number);
  'runningCampaigns'?: (number);
  'toBeContacted'?: (number);
  'enrolments'?: (number);
}

export interface ClientCounters__Output {
  'storedProspects': (number);
  'connectedProspects': (number);
  'runningCampaigns': (number);
  'toBeContacted': (number);
  'enrolments': (number);
}
