// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { TemplatePushOutcome as _atrium_campaigns_v1_TemplatePushOutcome, TemplatePushOutcome__Output as _atrium_campaigns_v1_TemplatePushOutcome__Output } from '../../../atrium/campaigns/v1/TemplatePushOutcome';

export interface TemplatePushResult {
  'clientId'?: (string);
  'outcome'?: (_atrium_campaigns_v1_TemplatePushOutcome);
  'templateId'?: (string);
  'unknownMergeFields'?: (string)[];
}

export interface TemplatePushResult__Output {
  'clientId': (string);
  'outcome': (_atrium_campaigns_v1_TemplatePushOutcome__Output);
  'templateId': (string);
  'unknownMergeFields': (string)[];
}
