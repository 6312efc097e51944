import { PROSPECT_FIELD_TYPES } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { ClientParamsSchema, dateTime } from '../shared/fields';
import { prospectFieldKey } from '../shared/prospects';

/** What the custom prospect field routes take and answer (docs/campaigns.md "Custom prospect fields"). */
export const ProspectFieldSchema = z
  .object({
    key: z.string().openapi({ example: 'crm_id' }),
    label: z.string().openapi({ example: 'CRM id' }),
    type: z.enum(PROSPECT_FIELD_TYPES).openapi({
      description:
        '`text` (at most 1000 characters), `number` (decimal, e.g. `-12.5`) or `date` (`YYYY-MM-DD`).',
    }),
    createdAt: dateTime,
  })
  .openapi('ProspectField');

export const ProspectFieldListSchema = z
  .object({ items: z.array(ProspectFieldSchema) })
  .openapi('ProspectFieldList');

const label = z.string().trim().min(1).max(120).openapi({ example: 'CRM id' });

export const CreateProspectFieldRequestSchema = z
  .strictObject({
    key: prospectFieldKey.openapi({ description: 'Unique per client; it never changes.' }),
    label,
    type: z.enum(PROSPECT_FIELD_TYPES).openapi({ description: 'It never changes.' }),
  })
  .openapi('CreateProspectFieldRequest');

export const UpdateProspectFieldRequestSchema = z
  .strictObject({ label })
  .openapi('UpdateProspectFieldRequest');

export const ProspectFieldParamsSchema = ClientParamsSchema.extend({
  key: prospectFieldKey.openapi({ description: "The custom field's key." }),
});
