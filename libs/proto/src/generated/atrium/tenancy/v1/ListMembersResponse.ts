// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Member as _atrium_tenancy_v1_Member, Member__Output as _atrium_tenancy_v1_Member__Output } from '../../../atrium/tenancy/v1/Member';

export interface ListMembersResponse {
  'members'?: (_atrium_tenancy_v1_Member)[];
  'nextCursor'?: (string);
}

export interface ListMembersResponse__Output {
  'members': (_atrium_tenancy_v1_Member__Output)[];
  'nextCursor': (string);
}
