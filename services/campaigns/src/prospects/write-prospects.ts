import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/grpc';
import { inClient } from '../clients/client-scope';
import { CAMPAIGNS_ERRORS } from '../domain/errors';
import { checkIds, checkInstant, valuesOf } from '../domain/prospect-fields';
import type { ProspectAction } from '../domain/prospect-status';
import { lockCounters, recountProspects } from '../store/counters';
import { prospectFieldTypes } from '../store/field-mappings';
import {
  deleteProspects as markDeleted,
  emailTaken,
  findProspect,
  insertProspect,
  recordAction,
  updateProspect as saveProspect,
  type ProspectRecord,
} from '../store/prospects';
import type { Db, Tx } from '../store/transaction';
import {
  prospectChangeOf,
  prospectFieldsOf,
  type ProspectChange,
  type ProspectInput,
} from './prospect-input';

/** docs/product.md "Client roles": prospects and lists change with lists:write. */
const PERMISSION = 'lists:write';

/**
 * A change of the client's prospects, after its counters row is locked and followed by a recount, so
 * the counters stay exact (docs/product.md#client-list-counters) and the publisher tells them.
 */
function changingProspects<T>(
  db: Db,
  actor: Actor | undefined,
  clientId: string,
  work: (tx: Tx, scope: { agencyId: string; clientId: string }) => Promise<T>,
): Promise<T> {
  return inClient(db, actor, clientId, PERMISSION, async (tx, scope) => {
    if (!(await lockCounters(tx, scope.agencyId, scope.clientId)))
      throw new DomainError('not_found', 'No such client.');
    const result = await work(tx, scope);
    await recountProspects(tx, scope.clientId);
    return result;
  });
}

function emailInUse(): DomainError {
  return new DomainError(CAMPAIGNS_ERRORS.email_in_use, 'A prospect of the client has this email address.', {
    fields: [{ field: 'email', message: 'is in use by another prospect of the client' }],
  });
}

async function requireProspect(tx: Tx, clientId: string, prospectId: string): Promise<ProspectRecord> {
  const prospect = await findProspect(tx, clientId, prospectId);
  if (!prospect) throw new DomainError('not_found', 'No such prospect.');
  return prospect;
}

export function createProspect(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string } & ProspectInput,
): Promise<ProspectRecord> {
  return changingProspects(db, actor, request.clientId, async (tx, scope) => {
    const fields = prospectFieldsOf(request, await prospectFieldTypes(tx, scope.clientId));
    // The counters lock orders the client's writes, so no other can take the email in between.
    if (await emailTaken(tx, scope.clientId, fields.email)) throw emailInUse();
    return insertProspect(tx, scope, randomUUID(), fields);
  });
}

export function updateProspect(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; prospectId: string; change: ProspectChange },
): Promise<ProspectRecord> {
  return changingProspects(db, actor, request.clientId, async (tx, scope) => {
    const prospect = await requireProspect(tx, scope.clientId, validProspectId(request.prospectId));
    const change = prospectChangeOf(request.change, await prospectFieldTypes(tx, scope.clientId));
    if (change.email !== undefined && (await emailTaken(tx, scope.clientId, change.email, prospect.id)))
      throw emailInUse();
    return saveProspect(tx, prospect.id, change);
  });
}

export async function deleteProspect(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; prospectId: string },
): Promise<void> {
  await changingProspects(db, actor, request.clientId, async (tx, scope) => {
    const prospect = await requireProspect(tx, scope.clientId, validProspectId(request.prospectId));
    await markDeleted(tx, scope.clientId, [prospect.id]);
  });
}

export function deleteProspects(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; prospectIds: string[] },
): Promise<number> {
  return changingProspects(db, actor, request.clientId, async (tx, scope) => {
    const { prospectIds } = valuesOf({ prospectIds: checkIds(request.prospectIds, 'prospectIds') });
    return markDeleted(tx, scope.clientId, prospectIds);
  });
}

export function recordProspectAction(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; prospectId: string; action: ProspectAction | null; performedAt: string },
): Promise<ProspectRecord> {
  return changingProspects(db, actor, request.clientId, async (tx, scope) => {
    const prospect = await requireProspect(tx, scope.clientId, validProspectId(request.prospectId));
    const { performedAt } = valuesOf({ performedAt: checkInstant(request.performedAt, 'performedAt') });
    if (!request.action)
      throw new DomainError('validation_failed', 'An action is required.', {
        fields: [{ field: 'action', message: 'is required' }],
      });
    return recordAction(tx, prospect, request.action, performedAt ?? new Date());
  });
}

/** A malformed prospect id names no prospect. */
export function validProspectId(prospectId: string): string {
  const checked = checkIds([prospectId], 'prospectId');
  if (!checked.ok) throw new DomainError('not_found', 'No such prospect.');
  return checked.value[0]!;
}
