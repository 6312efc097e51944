import { pageSize } from '@atrium/db';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import { isUuid } from '../domain/ids';
import {
  listAuditEntries,
  type AuditFilter,
  type AuditPosition,
  type ListedAuditEntry,
} from '../store/audit';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

export interface ListAuditEntriesInput {
  limit: number;
  cursor: string;
  actorId: string;
  targetId: string;
  clientId: string;
  action: string;
  from: string;
  to: string;
}

const ACTION = /^[a-z_]+(\.[a-z_]+)+$/;
const ACTION_PREFIX = /^[a-z_]+(\.[a-z_]+)*\.\*$/;
// RFC 3339 with a zone, as the API promises; Date.parse alone accepts far more.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The agency's audit log, newest first (docs/product.md "Identity and security": readable by agency owners and admins — not by
 * members, custom roles or API keys, whatever permissions they hold).
 */
export async function listAuditLog(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ListAuditEntriesInput,
): Promise<{ entries: ListedAuditEntry[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNone);
  const limit = pageSize(input.limit);
  const filter = filterOf(input);
  const after = input.cursor ? decodeAuditCursor(input.cursor) : null;
  const rows = await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    if (access.role !== 'owner' && access.role !== 'admin')
      throw new DomainError('forbidden', 'Only agency owners and admins may read the audit log.');
    return listAuditEntries(tx, actor.agencyId, filter, after, limit + 1);
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    entries: page,
    nextCursor: rows.length > limit && last ? encodeAuditCursor(last) : null,
  };
}

function filterOf(input: ListAuditEntriesInput): AuditFilter {
  const problems: FieldProblem[] = [];
  const uuid = (field: 'actorId' | 'clientId'): string | null => {
    const value = input[field].trim();
    if (!value) return null;
    if (!isUuid(value)) problems.push({ field, message: 'must be a UUID' });
    return value.toLowerCase();
  };
  const time = (field: 'from' | 'to'): Date | null => {
    const value = input[field].trim();
    if (!value) return null;
    const parsed = DATE_TIME.test(value) ? new Date(value) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) {
      problems.push({ field, message: 'must be an RFC 3339 date-time, e.g. 2026-12-01T00:00:00Z' });
      return null;
    }
    return parsed;
  };
  const actorId = uuid('actorId');
  const clientId = uuid('clientId');
  const targetId = input.targetId.trim() || null;
  if (targetId && targetId.length > 200)
    problems.push({ field: 'targetId', message: 'must be at most 200 characters' });
  const actionText = input.action.trim();
  let action: AuditFilter['action'] = null;
  if (ACTION_PREFIX.test(actionText)) action = { value: actionText.slice(0, -1), prefix: true };
  else if (ACTION.test(actionText)) action = { value: actionText, prefix: false };
  else if (actionText)
    problems.push({
      field: 'action',
      message: 'must be an action such as client.updated, or a prefix such as client.*',
    });
  const from = time('from');
  const to = time('to');
  if (from && to && from > to) problems.push({ field: 'from', message: 'must not be later than to' });
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The audit log filters are not valid.', { fields: problems });
  return { actorId, targetId, clientId, action, from, to };
}

export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(JSON.stringify([position.occurredAt.toISOString(), position.id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string): AuditPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [at, id] = parsed as unknown[];
      const occurredAt = typeof at === 'string' ? new Date(at) : null;
      if (occurredAt && !Number.isNaN(occurredAt.getTime()) && typeof id === 'string' && isUuid(id))
        return { occurredAt, id };
    }
  } catch {
    // reported below
  }
  throw new DomainError('validation_failed', 'The cursor is not one this list returned.', {
    fields: [{ field: 'cursor', message: 'is invalid' }],
  });
}
