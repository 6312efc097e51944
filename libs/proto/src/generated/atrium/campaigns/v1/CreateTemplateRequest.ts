// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { TemplateChannel as _atrium_campaigns_v1_TemplateChannel, TemplateChannel__Output as _atrium_campaigns_v1_TemplateChannel__Output } from '../../../atrium/campaigns/v1/TemplateChannel';

export interface CreateTemplateRequest {
  'clientId'?: (string);
  'name'?: (string);
  'channel'?: (_atrium_campaigns_v1_TemplateChannel);
  'subject'?: (string);
  'htmlBody'?: (string);
  'textBody'?: (string);
}

export interface CreateTemplateRequest__Output {
  'clientId': (string);
  'name': (string);
  'channel': (_atrium_campaigns_v1_TemplateChannel__Output);
  'subject': (string);
  'htmlBody': (string);
  'textBody': (string);
}
