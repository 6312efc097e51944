// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { TemplateChannel as _atrium_campaigns_v1_TemplateChannel, TemplateChannel__Output as _atrium_campaigns_v1_TemplateChannel__Output } from '../../../atrium/campaigns/v1/TemplateChannel';
import type { TemplateProvenance as _atrium_campaigns_v1_TemplateProvenance, TemplateProvenance__Output as _atrium_campaigns_v1_TemplateProvenance__Output } from '../../../atrium/campaigns/v1/TemplateProvenance';

export interface Template {
  'id'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  'channel'?: (_atrium_campaigns_v1_TemplateChannel);
  'subject'?: (string);
  'htmlBody'?: (string);
  'textBody'?: (string);
  'pushedFrom'?: (_atrium_campaigns_v1_TemplateProvenance | null);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Template__Output {
  'id': (string);
  'clientId': (string);
  'name': (string);
  'channel': (_atrium_campaigns_v1_TemplateChannel__Output);
  'subject': (string);
  'htmlBody': (string);
  'textBody': (string);
  'pushedFrom': (_atrium_campaigns_v1_TemplateProvenance__Output | null);
  'createdAt': (string);
  'updatedAt': (string);
}
