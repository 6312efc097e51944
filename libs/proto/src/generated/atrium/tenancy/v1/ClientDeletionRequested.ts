// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientDeletionRequested {
  'agencyId'?: (string);
  'clientId'?: (string);
  'requestedBy'?: (string);
  'participants'?: (string)[];
}

export interface ClientDeletionRequested__Output {
  'agencyId': (string);
  'clientId': (string);
  'requestedBy': (string);
  'participants': (string)[];
}
