// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface ListAuditEntriesRequest {
  'limit'?: (number);
  'cursor'?: (string);
  'actorId'?: (string);
  'targetId'?: (string);
  'clientId'?: (string);
  'action'?: (string);
  'from'?: (string);
  'to'?: (string);
}

export interface ListAuditEntriesRequest__Output {
  'limit': (number);
  'cursor': (string);
  'actorId': (string);
  'targetId': (string);
  'clientId': (string);
  'action': (string);
  'from': (string);
  'to': (string);
}
