// Original file: protos/atrium/identity/v1/identity_service.proto

import type { ApiKey as _atrium_identity_v1_ApiKey, ApiKey__Output as _atrium_identity_v1_ApiKey__Output } from '../../../atrium/identity/v1/ApiKey';

export interface CreateApiKeyResponse {
  'apiKey'?: (_atrium_identity_v1_ApiKey | null);
  'secret'?: (string);
}

export interface CreateApiKeyResponse__Output {
  'apiKey': (_atrium_identity_v1_ApiKey__Output | null);
  'secret': (string);
}
