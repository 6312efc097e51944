// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface Job {
  'id'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'kind'?: (string);
  'status'?: (string);
  'progress'?: (number);
  'total'?: (number);
  'mode'?: (string);
  'requestedBy'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'failure'?: (string);
  '_total'?: "total";
}

export interface Job__Output {
  'id': (string);
  'agencyId': (string);
  'clientId': (string);
  'kind': (string);
  'status': (string);
  'progress': (number);
  'total'?: (number);
  'mode': (string);
  'requestedBy': (string);
  'createdAt': (string);
  'updatedAt': (string);
  'failure': (string);
  '_total'?: "total";
}
