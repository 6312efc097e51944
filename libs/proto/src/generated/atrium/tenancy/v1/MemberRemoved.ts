// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


export interface MemberRemoved {
  'agencyId'?: (string);
  'userId'?: (string);
  'removedBy'?: (string);
  'clientsTransferredTo'?: (string);
  'transferredClientIds'?: (string)[];
}

export interface MemberRemoved__Output {
  'agencyId': (string);
  'userId': (string);
  'removedBy': (string);
  'clientsTransferredTo': (string);
  'transferredClientIds': (string)[];
}
