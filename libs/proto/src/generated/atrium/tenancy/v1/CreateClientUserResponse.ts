// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from '../../../atrium/tenancy/v1/ClientUser';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from '../../../atrium/tenancy/v1/Invitation';

export interface CreateClientUserResponse {
  'clientUser'?: (_atrium_tenancy_v1_ClientUser | null);
  'invitation'?: (_atrium_tenancy_v1_Invitation | null);
  'invitationToken'?: (string);
}

export interface CreateClientUserResponse__Output {
  'clientUser': (_atrium_tenancy_v1_ClientUser__Output | null);
  'invitation': (_atrium_tenancy_v1_Invitation__Output | null);
  'invitationToken': (string);
}
