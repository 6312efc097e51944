import { TEMPLATE_CHANNELS, TEMPLATE_PUSH_OUTCOMES, type campaigns } from '@atrium/proto';
import type { z } from '../../openapi/zod';
import { fromProtoEnum, orNull } from '../shared/contract';
import type { PushTemplateResponseSchema, TemplateSchema } from './schemas';

/** A template as every template route answers it. */
export function templateJsonOf(template: campaigns.Template__Output): z.input<typeof TemplateSchema> {
  const source = template.pushedFrom;
  return {
    id: template.id,
    clientId: template.clientId,
    name: template.name,
    channel: fromProtoEnum(TEMPLATE_CHANNELS, 'TEMPLATE_CHANNEL_', template.channel, 'template channel'),
    subject: template.subject,
    htmlBody: template.htmlBody,
    textBody: template.textBody,
    pushedFrom: source
      ? {
          sourceClientId: source.sourceClientId,
          sourceTemplateId: source.sourceTemplateId,
          pushedAt: source.pushedAt,
          edited: source.edited,
        }
      : null,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
  };
}

export function pushAnswerOf(
  answer: campaigns.PushTemplateResponse__Output,
): z.input<typeof PushTemplateResponseSchema> {
  return {
    results: answer.results.map((result) => ({
      clientId: result.clientId,
      outcome: fromProtoEnum(
        TEMPLATE_PUSH_OUTCOMES,
        'TEMPLATE_PUSH_OUTCOME_',
        result.outcome,
        'push outcome',
      ),
      templateId: orNull(result.templateId),
      unknownMergeFields: [...result.unknownMergeFields],
    })),
  };
}
