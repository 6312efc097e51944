import type { TemplateChannel, TemplateContent } from '../domain/templates';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from './db';

/** A template of a client; `pushedFrom` is set on a copy pushed from the master client. */
export interface TemplateRecord extends TemplateContent {
  id: string;
  clientId: string;
  pushedFrom: {
    sourceClientId: string;
    sourceTemplateId: string;
    pushedAt: Date;
    edited: boolean;
  } | null;
  createdAt: Date;
  updatedAt: Date;
}

type TemplateRow = Prisma.TemplateGetPayload<object>;

function recordOf(row: TemplateRow): TemplateRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    channel: row.channel as TemplateChannel,
    subject: row.subject,
    htmlBody: row.htmlBody,
    textBody: row.textBody,
    pushedFrom:
      row.sourceClientId && row.sourceTemplateId && row.pushedAt
        ? {
            sourceClientId: row.sourceClientId,
            sourceTemplateId: row.sourceTemplateId,
            pushedAt: row.pushedAt,
            edited: row.editedSincePush,
          }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function findTemplate(tx: Tx, clientId: string, id: string): Promise<TemplateRecord | null> {
  const row = await tx.template.findFirst({ where: { id, clientId } });
  return row ? recordOf(row) : null;
}

/** Newest first, after the position (created_at, id) of the previous page; `limit + 1` rows. */
export async function listTemplates(
  tx: Tx,
  clientId: string,
  after: { createdAt: string; id: string } | null,
  limit: number,
): Promise<TemplateRecord[]> {
  const position: Prisma.TemplateWhereInput = after
    ? {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  const rows = await tx.template.findMany({
    where: { clientId, ...position },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
  });
  return rows.map(recordOf);
}

export async function insertTemplate(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  id: string,
  content: TemplateContent,
  source?: { sourceClientId: string; sourceTemplateId: string },
): Promise<TemplateRecord> {
  const now = new Date();
  return recordOf(
    await tx.template.create({
      data: {
        id,
        ...scope,
        ...content,
        ...source,
        ...(source && { pushedAt: now }),
        createdAt: now,
        updatedAt: now,
      },
    }),
  );
}

/** Saves a change made in the client; a pushed copy (`pushed`) counts as edited from then on. */
export async function saveTemplateChange(
  tx: Tx,
  id: string,
  content: TemplateContent,
  pushed: boolean,
): Promise<TemplateRecord> {
  const data = { ...content, updatedAt: new Date(), ...(pushed && { editedSincePush: true }) };
  return recordOf(await tx.template.update({ where: { id }, data }));
}

export async function deleteTemplate(tx: Tx, id: string): Promise<void> {
  await tx.template.delete({ where: { id } });
}

/**
 * The copies of a master template in the given clients, locked until the transaction ends so two
 * pushes of it write one after the other.
 */
export async function lockCopies(
  tx: Tx,
  sourceTemplateId: string,
  clientIds: readonly string[],
): Promise<Map<string, { id: string; edited: boolean }>> {
  const rows = await tx.$queryRawUnsafe<{ id: string; client_id: string; edited_since_push: boolean }[]>(
    `SELECT id, client_id, edited_since_push FROM templates
      WHERE source_template_id = $1::uuid AND client_id = ANY($2::uuid[]) FOR UPDATE`,
    sourceTemplateId,
    clientIds,
  );
  return new Map(rows.map((row) => [row.client_id, { id: row.id, edited: row.edited_since_push }]));
}

/** Writes the master's template over an unedited copy, as a push does. */
export async function refreshCopy(tx: Tx, id: string, content: TemplateContent): Promise<void> {
  const now = new Date();
  await tx.template.update({ where: { id }, data: { ...content, pushedAt: now, updatedAt: now } });
}

/**
 * Makes pushes of one master template wait for each other until the transaction ends, so two at once
 * cannot both find a client without a copy and both make one.
 */
export async function lockTemplatePushes(tx: Tx, sourceTemplateId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `SELECT pg_advisory_xact_lock(hashtext($1))`,
    `template-push:${sourceTemplateId}`,
  );
}
