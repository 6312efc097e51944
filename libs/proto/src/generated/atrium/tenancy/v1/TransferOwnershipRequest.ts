// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface TransferOwnershipRequest {
  'newOwnerId'?: (string);
}

export interface TransferOwnershipRequest__Output {
  'newOwnerId': (string);
}
