// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const TemplateChannel = {
  TEMPLATE_CHANNEL_UNSPECIFIED: 'TEMPLATE_CHANNEL_UNSPECIFIED',
  TEMPLATE_CHANNEL_EMAIL: 'TEMPLATE_CHANNEL_EMAIL',
  TEMPLATE_CHANNEL_DIRECT_MAIL: 'TEMPLATE_CHANNEL_DIRECT_MAIL',
} as const;

export type TemplateChannel =
  | 'TEMPLATE_CHANNEL_UNSPECIFIED'
  | 0
  | 'TEMPLATE_CHANNEL_EMAIL'
  | 1
  | 'TEMPLATE_CHANNEL_DIRECT_MAIL'
  | 2

export type TemplateChannel__Output = typeof TemplateChannel[keyof typeof TemplateChannel]
