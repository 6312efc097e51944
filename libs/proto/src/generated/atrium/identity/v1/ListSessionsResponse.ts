// Original file: protos/atrium/identity/v1/identity_service.proto

import type { Session as _atrium_identity_v1_Session, Session__Output as _atrium_identity_v1_Session__Output } from '../../../atrium/identity/v1/Session';

export interface ListSessionsResponse {
  'sessions'?: (_atrium_identity_v1_Session)[];
}

export interface ListSessionsResponse__Output {
  'sessions': (_atrium_identity_v1_Session__Output)[];
}
