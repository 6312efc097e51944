// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from '../../../atrium/tenancy/v1/Invitation';
import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from '../../../atrium/tenancy/v1/Agency';
import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';

export interface ClaimInvitationResponse {
  'invitation'?: (_atrium_tenancy_v1_Invitation | null);
  'agency'?: (_atrium_tenancy_v1_Agency | null);
  'clientUser'?: (_atrium_tenancy_v1_ClientUser | null);
}

export interface ClaimInvitationResponse__Output {
  'invitation': (_atrium_tenancy_v1_Invitation__Output | null);
  'agency': (_atrium_tenancy_v1_Agency__Output | null);
  'clientUser': (_atrium_tenancy_v1_ClientUser__Output | null);
}
