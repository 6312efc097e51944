// Original file: protos/atrium/campaigns/v1/campaigns_events.proto


export interface ClientPurged {
  'agencyId'?: (string);
  'clientId'?: (string);
  'service'?: (string);
}

export interface ClientPurged__Output {
  'agencyId': (string);
  'clientId': (string);
  'service': (string);
}
