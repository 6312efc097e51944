// Original file: protos/atrium/identity/v1/identity_service.proto

import type { User as _atrium_identity_v1_User, User__Output as _atrium_identity_v1_User__Output } from '../../../atrium/identity/v1/User';

export interface RemoveAvatarResponse {
  'user'?: (_atrium_identity_v1_User | null);
}

export interface RemoveAvatarResponse__Output {
  'user': (_atrium_identity_v1_User__Output | null);
}
