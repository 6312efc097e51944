// Original file: protos/atrium/notification/v1/notification_events.proto


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
