// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface ClientTeamChanged {
  'agencyId'?: (string);
  'clientId'?: (string);
  'ownerId'?: (string);
  'memberIds'?: (string)[];
  'previousOwnerId'?: (string);
  'changedBy'?: (string);
}

export interface ClientTeamChanged__Output {
  'agencyId': (string);
  'clientId': (string);
  'ownerId': (string);
  'memberIds': (string)[];
  'previousOwnerId': (string);
  'changedBy': (string);
}
