// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { Member as _atrium_tenancy_v1_Member, Member__Output as _atrium_tenancy_v1_Member__Output } from '../../../atrium/tenancy/v1/Member';

export interface TransferOwnershipResponse {
  'previousOwner'?: (_atrium_tenancy_v1_Member | null);
  'newOwner'?: (_atrium_tenancy_v1_Member | null);
}

export interface TransferOwnershipResponse__Output {
  'previousOwner': (_atrium_tenancy_v1_Member__Output | null);
  'newOwner': (_atrium_tenancy_v1_Member__Output | null);
}
