import { PROSPECT_STATUSES, type campaigns } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { protoEnum } from './contract';
import { ClientParamsSchema } from './fields';

/**
 * What the prospect, list, custom field and field mapping routes share (docs/campaigns.md): the
 * prospect filter, which both the prospect list and appending to a list take, and the client-scoped
 * path parameters. Campaigns owns the rules behind each field.
 */

const instant = (description: string) =>
  z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: `${description} RFC 3339.`, example: '2026-12-01T00:00:00Z' });

/** The filter's fields, each optional; every one set narrows the match. */
export const prospectFilterShape = {
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Case-insensitive search within email, first name, last name and company.' }),
  listId: z.uuid().optional().openapi({ description: 'Prospects on this list.' }),
  tag: z.string().trim().min(1).max(50).optional().openapi({ description: 'Prospects with this tag.' }),
  status: z.enum(PROSPECT_STATUSES).optional(),
  contactedBefore: instant(
    'Last contacted before this time (exclusive); never-contacted prospects do not match.',
  ),
  contactedAfter: instant('Last contacted at or after this time; never-contacted prospects do not match.'),
};

export type ProspectFilterInput = {
  [K in keyof typeof prospectFilterShape]?: z.output<(typeof prospectFilterShape)[K]>;
};

/** The filter as campaigns takes it: '' and unspecified mean "not set". */
export function prospectFilterToProto(filter: ProspectFilterInput): campaigns.ProspectFilter {
  return {
    query: filter.q ?? '',
    listId: filter.listId ?? '',
    tag: filter.tag ?? '',
    status: protoEnum<campaigns.ProspectStatus>('PROSPECT_STATUS_', filter.status ?? 'unspecified'),
    contactedBefore: filter.contactedBefore ?? '',
    contactedAfter: filter.contactedAfter ?? '',
  };
}

/** Campaigns names the filter's search `query`; the API calls it `q`. */
export const FILTER_FIELD_NAMES = { query: 'q', 'filter.query': 'filter.q' } as const;

export const ProspectParamsSchema = ClientParamsSchema.extend({
  prospectId: z.uuid().openapi({ description: 'The prospect id.' }),
});

export const ListParamsSchema = ClientParamsSchema.extend({
  listId: z.uuid().openapi({ description: 'The list id.' }),
});

/** Ids of the client's prospects, 1 to 1000 at once. */
export const prospectIds = z
  .array(z.uuid())
  .min(1)
  .max(1000)
  .openapi({ description: '1 to 1000 prospect ids; ids of no stored prospect of the client are skipped.' });

/** The problems of every route inside a client that campaigns serves. */
export const CLIENT_GONE = {
  404: 'The agency has no such client, or the caller may not enter it (`not_found`).',
  410: 'The client is being deleted (`client_deleted`).',
};

export const NEEDS_LISTS_WRITE =
  'Needs `lists:write` in the client: its primary and administrators, and agency users who may enter it.';
export const NO_LISTS_WRITE = 'The caller may enter the client but lacks `lists:write` (`forbidden`).';

/** A custom prospect field's key (docs/campaigns.md "Custom prospect fields"). */
export const prospectFieldKey = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    'must be 1 to 40 lower-case letters, digits and underscores, starting with a letter',
  )
  .openapi({ example: 'crm_id' });

export const NEEDS_FIELD_MAPPINGS_WRITE =
  'Needs `field_mappings:write` in the client: its primary and administrators, and agency users who may ' +
  'enter it.';
export const NO_FIELD_MAPPINGS_WRITE =
  'The caller may enter the client but lacks `field_mappings:write` (`forbidden`).';
