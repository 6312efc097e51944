// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { PublicBranding as _atrium_tenancy_v1_PublicBranding, PublicBranding__Output as _atrium_tenancy_v1_PublicBranding__Output } from '../../../atrium/tenancy/v1/PublicBranding';

export interface GetPublicBrandingResponse {
  'branding'?: (_atrium_tenancy_v1_PublicBranding | null);
}

export interface GetPublicBrandingResponse__Output {
  'branding': (_atrium_tenancy_v1_PublicBranding__Output | null);
}
