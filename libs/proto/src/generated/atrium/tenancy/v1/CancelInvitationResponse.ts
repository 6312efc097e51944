// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from '../../../atrium/tenancy/v1/Invitation';

export interface CancelInvitationResponse {
  'invitation'?: (_atrium_tenancy_v1_Invitation | null);
}

export interface CancelInvitationResponse__Output {
  'invitation': (_atrium_tenancy_v1_Invitation__Output | null);
}
