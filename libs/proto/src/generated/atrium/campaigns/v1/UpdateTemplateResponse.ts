// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { Template as _atrium_campaigns_v1_Template, Template__Output as _atrium_campaigns_v1_Template__Output } from '../../../atrium/campaigns/v1/Template';

export interface UpdateTemplateResponse {
  'template'?: (_atrium_campaigns_v1_Template | null);
}

export interface UpdateTemplateResponse__Output {
  'template': (_atrium_campaigns_v1_Template__Output | null);
}
