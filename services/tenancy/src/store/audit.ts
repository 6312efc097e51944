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
