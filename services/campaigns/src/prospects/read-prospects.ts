import { DomainError } from '@atrium/errors';
import { pageSize } from '@atrium/db';
import type { Actor } from '@atrium/grpc';
import { inClient } from '../clients/client-scope';
import { checkIds, checkInstant, checkText, valuesOf } from '../domain/prospect-fields';
import type { ProspectStatus } from '../domain/prospect-status';
import {
  decodeProspectCursor,
  encodeProspectCursor,
  listProspects as listPage,
  PROSPECT_SORTS,
  type ProspectFilter,
  type ProspectSort,
  type ProspectSortOrder,
} from '../store/prospect-query';
import { findProspect, type ProspectRecord } from '../store/prospects';
import type { Db } from '../store/transaction';
import { validProspectId } from './write-prospects';

/** A filter as the caller sends it: empty strings and null mean "not set". */
export interface ProspectFilterInput {
  query: string;
  listId: string;
  tag: string;
  status: ProspectStatus | null;
  contactedBefore: string;
  contactedAfter: string;
}

/** The filter to query with, or validation_failed naming the field (field names under `prefix`). */
export function prospectFilterOf(input: ProspectFilterInput | null, prefix = ''): ProspectFilter {
  const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const raw = input ?? {
    query: '',
    listId: '',
    tag: '',
    status: null,
    contactedBefore: '',
    contactedAfter: '',
  };
  const checked = valuesOf({
    query: checkText(raw.query, name('query'), 200),
    tag: checkText(raw.tag, name('tag'), 50),
    listId: raw.listId === '' ? { ok: true as const, value: [] } : checkIds([raw.listId], name('listId')),
    contactedBefore: checkInstant(raw.contactedBefore, name('contactedBefore')),
    contactedAfter: checkInstant(raw.contactedAfter, name('contactedAfter')),
  });
  return {
    query: checked.query || null,
    tag: checked.tag || null,
    listId: checked.listId[0] ?? null,
    status: raw.status,
    contactedBefore: checked.contactedBefore,
    contactedAfter: checked.contactedAfter,
  };
}

export async function listProspects(
  db: Db,
  actor: Actor | undefined,
  request: {
    clientId: string;
    filter: ProspectFilterInput | null;
    sort: ProspectSort | null;
    order: ProspectSortOrder | null;
    limit: number;
    cursor: string;
  },
): Promise<{ prospects: ProspectRecord[]; nextCursor: string | null }> {
  return inClient(db, actor, request.clientId, undefined, async (tx, scope) => {
    const limit = pageSize(request.limit);
    const filter = prospectFilterOf(request.filter);
    const sort = request.sort ?? 'created_at';
    const order = request.order ?? PROSPECT_SORTS[sort].defaultOrder;
    const after = request.cursor ? decodeProspectCursor(request.cursor, sort, order) : null;
    const rows = await listPage(tx, {
      clientId: scope.clientId,
      filter,
      sort,
      order,
      after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      prospects: page.map((row) => row.prospect),
      nextCursor: rows.length > limit && last ? encodeProspectCursor(sort, order, last.position) : null,
    };
  });
}

export function getProspect(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; prospectId: string },
): Promise<ProspectRecord> {
  return inClient(db, actor, request.clientId, undefined, async (tx, scope) => {
    const prospect = await findProspect(tx, scope.clientId, validProspectId(request.prospectId));
    if (!prospect) throw new DomainError('not_found', 'No such prospect.');
    return prospect;
  });
}
