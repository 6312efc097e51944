// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectImport as _atrium_campaigns_v1_ProspectImport, ProspectImport__Output as _atrium_campaigns_v1_ProspectImport__Output } from '../../../atrium/campaigns/v1/ProspectImport';

export interface GetProspectImportResponse {
  'import'?: (_atrium_campaigns_v1_ProspectImport | null);
}

export interface GetProspectImportResponse__Output {
  'import': (_atrium_campaigns_v1_ProspectImport__Output | null);
}
