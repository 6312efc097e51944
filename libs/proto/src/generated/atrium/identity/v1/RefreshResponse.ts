// Original file: protos/atrium/identity/v1/identity_service.proto

import type { TokenPair as _atrium_identity_v1_TokenPair, TokenPair__Output as _atrium_identity_v1_TokenPair__Output } from '../../../atrium/identity/v1/TokenPair';
import type { User as _atrium_identity_v1_User, User__Output as _atrium_identity_v1_User__Output } from '../../../atrium/identity/v1/User';
import type { AgencyRef as _atrium_identity_v1_AgencyRef, AgencyRef__Output as _atrium_identity_v1_AgencyRef__Output } from '../../../atrium/identity/v1/AgencyRef';

export interface RefreshResponse {
  'tokens'?: (_atrium_identity_v1_TokenPair | null);
  'user'?: (_atrium_identity_v1_User | null);
  'agency'?: (_atrium_identity_v1_AgencyRef | null);
}

export interface RefreshResponse__Output {
  'tokens': (_atrium_identity_v1_TokenPair__Output | null);
  'user': (_atrium_identity_v1_User__Output | null);
  'agency': (_atrium_identity_v1_AgencyRef__Output | null);
}
