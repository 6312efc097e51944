import { z } from '../../openapi/zod';
import { cursorParam, dateTime, limitParam, nextCursor } from '../shared/fields';
import { prospectFilterShape, prospectIds } from '../shared/prospects';

/** What the prospect list routes take and answer (docs/campaigns.md "Lists"). */
export const ProspectListSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    name: z.string(),
    prospectCount: z.number().int().openapi({ description: 'Its stored prospects.' }),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .openapi('ProspectList');

const name = z.string().trim().min(1).max(120).openapi({
  description: "Unique among the client's lists, compared case-insensitively.",
  example: 'Dentists in Leeds',
});

export const ProspectListNameSchema = z.strictObject({ name }).openapi('ProspectListName');

export const ListProspectListsQuerySchema = z.strictObject({ limit: limitParam, cursor: cursorParam });

export const ProspectListPageSchema = z
  .object({ items: z.array(ProspectListSchema), nextCursor })
  .openapi('ProspectListPage');

export const AddToListRequestSchema = z
  .strictObject({
    prospectIds: prospectIds.optional(),
    filter: z.strictObject(prospectFilterShape).optional().openapi({
      description: 'Every stored prospect it matches, as the prospect list filters; {} matches all.',
    }),
  })
  .refine((body) => (body.prospectIds === undefined) !== (body.filter === undefined), {
    message: 'must be given, or a filter instead, not both',
    path: ['prospectIds'],
  })
  .openapi('AddToListRequest');

export const AddToListResponseSchema = z
  .object({ addedCount: z.number().int().openapi({ description: 'Prospects newly on the list.' }) })
  .openapi('AddToListResponse');

export const RemoveFromListRequestSchema = z.strictObject({ prospectIds }).openapi('RemoveFromListRequest');

export const RemoveFromListResponseSchema = z
  .object({ removedCount: z.number().int().openapi({ description: 'Prospects taken off the list.' }) })
  .openapi('RemoveFromListResponse');
