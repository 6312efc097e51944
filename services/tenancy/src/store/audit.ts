import { randomUUID } from 'node:crypto';
import { getContext, type Actor } from '@atrium/logger';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from './db';

/** One write, as the audit log records it (see migration 20261210000000_audit_log). */
export interface AuditRecord {
  /** Dotted past-tense verb, as the event types name it: "client.updated", "member.role_changed". */
  action: string;
  targetType: string;
  targetId: string;
  /** The client the write concerns, when it concerns one. */
  clientId?: string;
  /** The changed fields' values before and after; leave both out when nothing but the act matters. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Records a write inside its own transaction, so a rolled-back change leaves no entry. The request id
 * comes from the call's context; with a switch token the actor is the real agency user and
 * actingAsClientId the client it switched into.
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor & { agencyId: string },
  record: AuditRecord,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      id: randomUUID(),
      agencyId: actor.agencyId,
      actorId: actor.apiKeyId ?? actor.userId,
      actorKind: actor.apiKeyId ? 'api_key' : 'user',
      actingAsClientId: actor.actingAsClientId ?? null,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      clientId: record.clientId ?? null,
      requestId: getContext()?.requestId ?? null,
      before: (record.before as Prisma.InputJsonValue | undefined) ?? undefined,
      after: (record.after as Prisma.InputJsonValue | undefined) ?? undefined,
    },
  });
}

/** The actor id of what tenancy does by itself, with actor_kind 'system' in the audit log. */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/** Records what tenancy did by itself (no person or key asked in this call), with no values. */
export async function recordSystemAudit(
  tx: Tx,
  agencyId: string,
  record: Pick<AuditRecord, 'action' | 'targetType' | 'targetId' | 'clientId'>,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      id: randomUUID(),
      agencyId,
      actorId: SYSTEM_ACTOR_ID,
      actorKind: 'system',
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      clientId: record.clientId,
      requestId: getContext()?.requestId ?? null,
    },
  });
}

/** The fields whose values differ between two snapshots, each side keeping only those fields. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}

/** An audit entry as the log lists it, with the acting member's name when it is one. */
export interface ListedAuditEntry {
  id: string;
  occurredAt: Date;
  actorId: string;
  actorKind: string;
  actorName: string | null;
  actingAsClientId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  clientId: string | null;
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditFilter {
  actorId: string | null;
  targetId: string | null;
  clientId: string | null;
  /** An exact action, or with prefix true the start of one ("client."). */
  action: { value: string; prefix: boolean } | null;
  from: Date | null;
  to: Date | null;
}

/** Where the previous page ended: newest first, so the next page is strictly older. */
export interface AuditPosition {
  occurredAt: Date;
  id: string;
}

/**
 * One page of the agency's audit log, newest first: a keyset walk over (occurred_at, id), so entries
 * written meanwhile never shift a page.
 */
export function listAuditEntries(
  tx: Tx,
  agencyId: string,
  filter: AuditFilter,
  after: AuditPosition | null,
  limit: number,
): Promise<ListedAuditEntry[]> {
  const actionLike = filter.action?.prefix ? `${filter.action.value.replace(/[\\%_]/g, '\\$&')}%` : null;
  return tx.$queryRawUnsafe<ListedAuditEntry[]>(
    `SELECT e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", e.actor_kind AS "actorKind",
            m.name AS "actorName", e.acting_as_client_id AS "actingAsClientId", e.action,
            e.target_type AS "targetType", e.target_id AS "targetId", e.client_id AS "clientId",
            e.request_id AS "requestId", e.before, e.after
       FROM audit_entries e
       LEFT JOIN agency_members m ON m.agency_id = e.agency_id AND m.user_id = e.actor_id
      WHERE e.agency_id = $1::uuid
        AND ($2::uuid IS NULL OR e.actor_id = $2::uuid)
        AND ($3::text IS NULL OR e.target_id = $3::text)
        AND ($4::uuid IS NULL OR e.client_id = $4::uuid)
        AND ($5::text IS NULL OR e.action = $5::text)
        AND ($6::text IS NULL OR e.action LIKE $6::text)
        AND ($7::timestamptz IS NULL OR e.occurred_at >= $7::timestamptz)
        AND ($8::timestamptz IS NULL OR e.occurred_at < $8::timestamptz)
        AND ($9::timestamptz IS NULL OR (e.occurred_at, e.id) < ($9::timestamptz, $10::uuid))
      ORDER BY e.occurred_at DESC, e.id DESC
      LIMIT $11`,
    agencyId,
    filter.actorId,
    filter.targetId,
    filter.clientId,
    filter.action && !filter.action.prefix ? filter.action.value : null,
    actionLike,
    filter.from,
    filter.to,
    after?.occurredAt ?? null,
    after?.id ?? null,
    limit,
  );
}
