// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectImportOptions as _atrium_campaigns_v1_ProspectImportOptions, ProspectImportOptions__Output as _atrium_campaigns_v1_ProspectImportOptions__Output } from '../../../atrium/campaigns/v1/ProspectImportOptions';

export interface ImportProspectsRequest {
  'options'?: (_atrium_campaigns_v1_ProspectImportOptions | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "options"|"chunk";
}

export interface ImportProspectsRequest__Output {
  'options'?: (_atrium_campaigns_v1_ProspectImportOptions__Output | null);
  'chunk'?: (Buffer);
  'part'?: "options"|"chunk";
}
