// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from '../../../atrium/tenancy/v1/Invitation';

export interface ListInvitationsResponse {
  'invitations'?: (_atrium_tenancy_v1_Invitation)[];
  'nextCursor'?: (string);
}

export interface ListInvitationsResponse__Output {
  'invitations': (_atrium_tenancy_v1_Invitation__Output)[];
  'nextCursor': (string);
}
