// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { TeamMember as _atrium_tenancy_v1_TeamMember, TeamMember__Output as _atrium_tenancy_v1_TeamMember__Output } from '../../../atrium/tenancy/v1/TeamMember';

export interface SetClientTeamResponse {
  'ownerId'?: (string);
  'ownerName'?: (string);
  'members'?: (_atrium_tenancy_v1_TeamMember)[];
}

export interface SetClientTeamResponse__Output {
  'ownerId': (string);
  'ownerName': (string);
  'members': (_atrium_tenancy_v1_TeamMember__Output)[];
}
