// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectField as _atrium_campaigns_v1_ProspectField, ProspectField__Output as _atrium_campaigns_v1_ProspectField__Output } from '../../../atrium/campaigns/v1/ProspectField';

export interface UpdateProspectFieldResponse {
  'field'?: (_atrium_campaigns_v1_ProspectField | null);
}

export interface UpdateProspectFieldResponse__Output {
  'field': (_atrium_campaigns_v1_ProspectField__Output | null);
}
