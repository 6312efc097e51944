// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectField as _atrium_campaigns_v1_ProspectField, ProspectField__Output as _atrium_campaigns_v1_ProspectField__Output } from '../../../atrium/campaigns/v1/ProspectField';

export interface ListProspectFieldsResponse {
  'fields'?: (_atrium_campaigns_v1_ProspectField)[];
}

export interface ListProspectFieldsResponse__Output {
  'fields': (_atrium_campaigns_v1_ProspectField__Output)[];
}
