// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetClientAccessResponse {
  'clientId'?: (string);
  'clientStatus'?: (string);
  'clientPermissions'?: (string)[];
  'agencyPermissions'?: (string)[];
  'clientUser'?: (boolean);
}

export interface GetClientAccessResponse__Output {
  'clientId': (string);
  'clientStatus': (string);
  'clientPermissions': (string)[];
  'agencyPermissions': (string)[];
  'clientUser': (boolean);
}
