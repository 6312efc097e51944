import { TEMPLATE_CHANNELS, TEMPLATE_PUSH_OUTCOMES } from '@atrium/proto';
import { MULTI_LINE } from '../../http/input-safety';
import { z } from '../../openapi/zod';
import { ClientParamsSchema, cursorParam, dateTime, limitParam, nextCursor } from '../shared/fields';

/** What the template routes take and answer (docs/campaigns.md "Templates and the master account"). */
const MERGE_FIELDS =
  'Merge fields such as `{{first_name}}` name a prospect field (`email`, `first_name`, `last_name`, ' +
  "`company`, `position`, `phone`) or a key of the client's custom prospect fields; any other answers 400 " +
  'naming this field and the merge field.';

export const TemplateSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    name: z.string(),
    channel: z.enum(TEMPLATE_CHANNELS),
    subject: z.string().openapi({ description: 'Empty for a direct-mail piece without one.' }),
    htmlBody: z.string(),
    textBody: z.string(),
    pushedFrom: z
      .object({
        sourceClientId: z.uuid().openapi({ description: "The agency's master client." }),
        sourceTemplateId: z.uuid(),
        pushedAt: dateTime.openapi({ description: 'When a push last wrote this copy.' }),
        edited: z.boolean().openapi({ description: 'Changed since that push: later pushes leave it alone.' }),
      })
      .nullable()
      .openapi({ description: 'null unless the template is a copy pushed from the master client.' }),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .openapi('Template');

const name = z.string().trim().min(1).max(120).openapi({ example: 'Spring check-up' });
const subject = z
  .string()
  .max(200)
  .openapi({
    description: `At most 200 characters; required for email templates. ${MERGE_FIELDS}`,
    example: 'Hello {{first_name}}',
  });
const body = (what: string) =>
  z
    .string()
    .max(200_000)
    .openapi({ ...MULTI_LINE, description: `${what}, at most 200,000 characters. ${MERGE_FIELDS}` });

export const CreateTemplateRequestSchema = z
  .strictObject({
    name,
    channel: z.enum(TEMPLATE_CHANNELS),
    subject: subject.optional(),
    htmlBody: body('The HTML body').optional(),
    textBody: body('The plain-text body').optional(),
  })
  .openapi('CreateTemplateRequest');

export const UpdateTemplateRequestSchema = z
  .strictObject({
    name: name.optional(),
    channel: z.enum(TEMPLATE_CHANNELS).optional(),
    subject: subject.optional(),
    htmlBody: body('The HTML body').optional(),
    textBody: body('The plain-text body').optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'must set at least one field')
  .openapi('UpdateTemplateRequest');

export const ListTemplatesQuerySchema = z.strictObject({ limit: limitParam, cursor: cursorParam });

export const TemplatePageSchema = z
  .object({ items: z.array(TemplateSchema), nextCursor })
  .openapi('TemplatePage');

export const TemplateParamsSchema = ClientParamsSchema.extend({
  templateId: z.uuid().openapi({ description: 'The template id.' }),
});

export const MasterTemplateParamsSchema = z.strictObject({
  id: z.uuid().openapi({ description: "The agency's master client." }),
  templateId: z.uuid().openapi({ description: 'The master client template to push.' }),
});

export const PushTemplateRequestSchema = z
  .strictObject({
    clientIds: z.array(z.uuid()).min(1).max(100).openapi({
      description: '1 to 100 clients of the agency to copy the template into; not the master itself.',
    }),
  })
  .openapi('PushTemplateRequest');

export const PushTemplateResponseSchema = z
  .object({
    results: z
      .array(
        z.object({
          clientId: z.uuid(),
          outcome: z.enum(TEMPLATE_PUSH_OUTCOMES).openapi({
            description:
              '`created`: the client had no copy and has one now; `updated`: its unedited copy now holds the ' +
              'template as it is; `skipped_edited`: someone changed its copy since the last push, which stays ' +
              'as they left it; `skipped_unknown_merge_field`: the template merges a custom field the client ' +
              'does not define (`unknownMergeFields`); `not_found`: the agency has no such client.',
          }),
          templateId: z.uuid().nullable().openapi({ description: "The client's copy, when it has one." }),
          unknownMergeFields: z.array(z.string()),
        }),
      )
      .openapi({ description: 'One per client asked, in the order asked.' }),
  })
  .openapi('PushTemplateResponse');
