// Original file: protos/atrium/billing/v1/billing_events.proto


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
