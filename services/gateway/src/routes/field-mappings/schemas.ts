import { FIELD_MAPPING_TARGETS } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { ClientParamsSchema, dateTime } from '../shared/fields';
import { prospectFieldKey } from '../shared/prospects';

/** What the field mapping routes take and answer (docs/campaigns.md "Field mappings"). */
export const FieldMappingSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    column: z.string().openapi({ description: "The CSV column's header.", example: 'E-mail' }),
    target: z.enum(FIELD_MAPPING_TARGETS).openapi({
      description: 'The prospect field the column fills; `custom` fills the custom field `customFieldKey`.',
    }),
    customFieldKey: z.string().nullable().openapi({ description: 'null unless `target` is `custom`.' }),
    createdAt: dateTime,
  })
  .openapi('FieldMapping');

export const FieldMappingListSchema = z
  .object({ items: z.array(FieldMappingSchema) })
  .openapi('FieldMappingList');

const column = z.string().trim().min(1).max(120).openapi({
  description: "The CSV column's header; one mapping per column per client, compared case-insensitively.",
  example: 'E-mail',
});
const target = z.enum(FIELD_MAPPING_TARGETS);
const customFieldKey = prospectFieldKey.openapi({
  description: "The client's custom prospect field, when `target` is `custom`; otherwise omitted.",
});

/** A custom target names its field, and only a custom target does. */
function customNamesItsField(
  body: { target?: string | undefined; customFieldKey?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (body.target === 'custom' && body.customFieldKey === undefined)
    ctx.addIssue({ code: 'custom', path: ['customFieldKey'], message: 'is required when target is custom' });
  if (body.target !== 'custom' && body.customFieldKey !== undefined)
    ctx.addIssue({ code: 'custom', path: ['customFieldKey'], message: 'is allowed only with target custom' });
}

export const CreateFieldMappingRequestSchema = z
  .strictObject({ column, target, customFieldKey: customFieldKey.optional() })
  .superRefine(customNamesItsField)
  .openapi('CreateFieldMappingRequest');

export const UpdateFieldMappingRequestSchema = z
  .strictObject({
    column: column.optional(),
    target: target.optional().openapi({ description: 'Changes together with `customFieldKey`.' }),
    customFieldKey: customFieldKey.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one field')
  .superRefine((body, ctx) => {
    if (body.target !== undefined || body.customFieldKey !== undefined) customNamesItsField(body, ctx);
  })
  .openapi('UpdateFieldMappingRequest');

export const FieldMappingParamsSchema = ClientParamsSchema.extend({
  mappingId: z.uuid().openapi({ description: 'The field mapping id.' }),
});
