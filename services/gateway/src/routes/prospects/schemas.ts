import { PROSPECT_SORT_ORDERS, PROSPECT_SORTS, PROSPECT_STATUSES } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { cursorParam, dateTime, limitParam, nextCursor } from '../shared/fields';
import { prospectFilterShape, prospectIds } from '../shared/prospects';

/** What the prospect routes take and answer; campaigns owns the rules behind each field. */
export const ProspectSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    email: z
      .string()
      .openapi({ format: 'email', description: "Lower-cased; unique among the client's prospects." }),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    company: z.string().nullable(),
    position: z.string().nullable(),
    phone: z.string().nullable(),
    customFields: z
      .record(z.string(), z.string())
      .openapi({ description: "Values of the client's custom prospect fields, by key." }),
    tags: z.array(z.string()),
    status: z
      .enum(PROSPECT_STATUSES)
      .openapi({ description: 'Only active prospects are reached by campaigns.' }),
    lastContactedAt: dateTime.nullable().openapi({ description: 'null when never contacted.' }),
    emailValidatedAt: dateTime.nullable(),
    emailSentAt: dateTime.nullable(),
    taskDoneAt: dateTime.nullable(),
    listIds: z.array(z.uuid()).openapi({ description: 'The lists it is on.' }),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .openapi('Prospect');

const text = (example: string) => z.string().trim().max(120).openapi({ example });
// The shape the prospect database checks (docs/campaigns.md "Prospects"); campaigns checks it again.
const phone = z.string().trim().max(40).openapi({
  description: 'Digits, spaces, hyphens and parentheses with an optional leading `+`, 3 to 40 characters.',
  example: '+44 20 7946 0958',
});
const customFields = z.record(z.string().min(1).max(40), z.string().max(1000)).openapi({
  description:
    "Values by key of the client's custom prospect fields, each valid for its field's type (text, a decimal " +
    'number, or a YYYY-MM-DD date); a key the client has not defined is refused.',
});
const tags = z
  .array(z.string().trim().min(1).max(50))
  .max(50)
  .openapi({ description: 'At most 50 tags of 1 to 50 characters; repeated ones are kept once.' });

export const CreateProspectRequestSchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254).openapi({ example: 'ada@example.com' }),
    firstName: text('Ada').optional(),
    lastName: text('Lovelace').optional(),
    company: text('Analytical Engines').optional(),
    position: text('Engineer').optional(),
    phone: phone.optional(),
    customFields: customFields.optional(),
    tags: tags.optional(),
    status: z.enum(PROSPECT_STATUSES).optional().openapi({ description: 'Defaults to active.' }),
  })
  .openapi('CreateProspectRequest');

export const UpdateProspectRequestSchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254).optional(),
    firstName: text('Ada')
      .nullable()
      .optional()
      .openapi({ description: 'null clears it, as for the fields below.' }),
    lastName: text('Lovelace').nullable().optional(),
    company: text('Analytical Engines').nullable().optional(),
    position: text('Engineer').nullable().optional(),
    phone: phone.nullable().optional(),
    customFields: customFields
      .optional()
      .openapi({ description: 'Replaces every custom value; {} clears them.' }),
    tags: tags.optional().openapi({ description: 'Replaces the tags; [] clears them.' }),
    status: z.enum(PROSPECT_STATUSES).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one field')
  .openapi('UpdateProspectRequest');

export const ListProspectsQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  ...prospectFilterShape,
  sort: z.enum(PROSPECT_SORTS).default('created_at').openapi({
    description: 'Ties break on the id; never-contacted prospects come last in either order.',
  }),
  order: z.enum(PROSPECT_SORT_ORDERS).optional().openapi({
    description: 'Default: asc for email, last_name and company, desc for the times.',
  }),
});

export const ProspectPageSchema = z
  .object({ items: z.array(ProspectSchema), nextCursor })
  .openapi('ProspectPage');

export const BulkDeleteProspectsRequestSchema = z
  .strictObject({ prospectIds })
  .openapi('BulkDeleteProspectsRequest');

export const BulkDeleteProspectsResponseSchema = z
  .object({ deletedCount: z.number().int().openapi({ description: 'Prospects deleted by this request.' }) })
  .openapi('BulkDeleteProspectsResponse');
