// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { TemplatePushResult as _atrium_campaigns_v1_TemplatePushResult, TemplatePushResult__Output as _atrium_campaigns_v1_TemplatePushResult__Output } from '../../../atrium/campaigns/v1/TemplatePushResult';

export interface PushTemplateResponse {
  'results'?: (_atrium_campaigns_v1_TemplatePushResult)[];
}

export interface PushTemplateResponse__Output {
  'results': (_atrium_campaigns_v1_TemplatePushResult__Output)[];
}
