// Original file: protos/atrium/identity/v1/identity_service.proto

import type { ApiKey as _atrium_identity_v1_ApiKey, ApiKey__Output as _atrium_identity_v1_ApiKey__Output } from '../../../atrium/identity/v1/ApiKey';

export interface ListApiKeysResponse {
  'apiKeys'?: (_atrium_identity_v1_ApiKey)[];
}

export interface ListApiKeysResponse__Output {
  'apiKeys': (_atrium_identity_v1_ApiKey__Output)[];
}
