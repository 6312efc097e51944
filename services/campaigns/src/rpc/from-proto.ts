import { DomainError } from '@atrium/errors';
import type { campaigns } from '@atrium/proto';
import { PROSPECT_STATUSES } from '../domain/prospect-status';
import type { ProspectFilterInput } from '../prospects/read-prospects';

/**
 * A proto enum's value as campaigns's domain names it: PROSPECT_STATUS_BOUNCED with the prefix
 * PROSPECT_STATUS_ is "bounced" (the closed sets of @atrium/proto). Unspecified is null; a value of
 * no name (a number the proto does not know) or of another set answers validation_failed.
 */
export function enumValue<T extends string>(
  value: string | number | undefined,
  prefix: string,
  allowed: readonly T[],
  field: string,
): T | null {
  if (value === undefined || value === 0 || value === `${prefix}UNSPECIFIED`) return null;
  const name =
    typeof value === 'string' && value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : '';
  if ((allowed as readonly string[]).includes(name)) return name as T;
  throw new DomainError('validation_failed', `${field} is not one of its values.`, {
    fields: [{ field, message: `must be one of ${allowed.join(', ')}` }],
  });
}

/** A filter as the domain takes it; null when the request carries none. */
export function filterFromProto(filter: campaigns.ProspectFilter__Output | null): ProspectFilterInput | null {
  if (!filter) return null;
  return {
    query: filter.query,
    listId: filter.listId,
    tag: filter.tag,
    status: enumValue(filter.status, 'PROSPECT_STATUS_', PROSPECT_STATUSES, 'filter.status'),
    contactedBefore: filter.contactedBefore,
    contactedAfter: filter.contactedAfter,
  };
}
