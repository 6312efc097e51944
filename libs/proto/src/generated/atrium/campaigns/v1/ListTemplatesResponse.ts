// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { Template as _atrium_campaigns_v1_Template, Template__Output as _atrium_campaigns_v1_Template__Output } from '../../../atrium/campaigns/v1/Template';

export interface ListTemplatesResponse {
  'templates'?: (_atrium_campaigns_v1_Template)[];
  'nextCursor'?: (string);
}

export interface ListTemplatesResponse__Output {
  'templates': (_atrium_campaigns_v1_Template__Output)[];
  'nextCursor': (string);
}
