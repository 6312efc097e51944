import { AUDIT_ACTOR_KINDS } from '@atrium/proto';
import type { Response } from 'express';
import type { tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { orNull, present } from '../shared/contract';
import { cursorParam, limitParam, listAnswer, nextCursor, pageOf } from '../shared/fields';

/** The most rows one CSV export holds; narrow it with from/to for more. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
/** Entries fetched from tenancy per page while exporting. */
const EXPORT_PAGE = 100;

const changes = z
  .record(z.string(), z.unknown())
  .nullable()
  .openapi({ description: 'The changed fields and their values; null when the entry records only the act.' });

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    occurredAt: z.string().openapi({ format: 'date-time' }),
    actor: z.object({
      id: z.string().openapi({ description: 'A user id, or an API key id.' }),
      kind: z.enum(AUDIT_ACTOR_KINDS),
      name: z.string().nullable().openapi({ description: "The member's name when the actor is a member." }),
    }),
    actingAsClientId: z.string().nullable().openapi({
      description: 'The client the actor had switched into (`POST /v1/clients/{id}/switch`); null otherwise.',
    }),
    action: z.string().openapi({ example: 'client.updated' }),
    target: z.object({
      type: z.string().openapi({ example: 'client' }),
      id: z.string(),
    }),
    clientId: z.string().nullable().openapi({ description: 'The client the write concerns, if any.' }),
    requestId: z
      .string()
      .nullable()
      .openapi({ description: 'The `X-Request-Id` of the request that wrote it.' }),
    before: changes,
    after: changes.openapi({ description: 'For a creation, the key fields of what was created.' }),
  })
  .openapi('AuditEntry');

const filters = {
  actorId: z.uuid().optional().openapi({ description: 'Only entries written by this person or API key.' }),
  targetId: z.string().trim().min(1).max(200).optional().openapi({
    description: 'Only entries about this target (a client, member, role, custom field key, …).',
  }),
  clientId: z.uuid().optional().openapi({ description: 'Only entries concerning this client.' }),
  action: z
    .string()
    .trim()
    .regex(
      /^[a-z_]+(\.[a-z_]+)*(\.\*|(\.[a-z_]+))$/,
      'must be an action such as client.updated, or a prefix such as client.*',
    )
    .optional()
    .openapi({ description: 'An exact action (`client.updated`), or a prefix ending in `.*` (`client.*`).' }),
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Entries at or after this RFC 3339 time.', example: '2026-12-01T00:00:00Z' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Entries before this RFC 3339 time.', example: '2026-12-31T00:00:00Z' }),
};

function fromNotAfterTo(query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to))
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be later than to' });
}

export const AuditLogQuerySchema = z
  .strictObject({ limit: limitParam, cursor: cursorParam, ...filters })
  .superRefine(fromNotAfterTo);

export const AuditExportQuerySchema = z.strictObject(filters).superRefine(fromNotAfterTo);

type Filters = z.output<typeof AuditExportQuerySchema>;

function filtersOf(query: Filters): Omit<tenancy.ListAuditEntriesRequest, 'limit' | 'cursor'> {
  return {
    actorId: query.actorId ?? '',
    targetId: query.targetId ?? '',
    clientId: query.clientId ?? '',
    action: query.action ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
  };
}

function changesOf(json: string): Record<string, unknown> | null {
  return json === '' ? null : (JSON.parse(json) as Record<string, unknown>);
}

export function auditEntryJsonOf(entry: tenancy.AuditEntry__Output): z.input<typeof AuditEntrySchema> {
  const actor = present(entry.actor, 'actor');
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    actor: {
      id: actor.id,
      kind: AUDIT_ACTOR_KINDS.find((kind) => kind === actor.kind) ?? 'system',
      name: orNull(actor.name),
    },
    actingAsClientId: orNull(entry.actingAsClientId),
    action: entry.action,
    target: { type: entry.targetType, id: entry.targetId },
    clientId: orNull(entry.clientId),
    requestId: orNull(entry.requestId),
    before: changesOf(entry.beforeJson),
    after: changesOf(entry.afterJson),
  };
}

export const AUDIT_CSV_COLUMNS = [
  'occurredAt',
  'id',
  'actorId',
  'actorKind',
  'actorName',
  'actingAsClientId',
  'action',
  'targetType',
  'targetId',
  'clientId',
  'requestId',
  'before',
  'after',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break. A cell a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return) gets a leading quote.
 */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export function auditCsvLine(entry: tenancy.AuditEntry__Output): string {
  return csvLine([
    entry.occurredAt,
    entry.id,
    entry.actor?.id ?? '',
    entry.actor?.kind ?? '',
    entry.actor?.name ?? '',
    entry.actingAsClientId,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.clientId,
    entry.requestId,
    entry.beforeJson,
    entry.afterJson,
  ]);
}

/** Writes a chunk, waiting while the client reads slower than tenancy answers; false once it left. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  return new Promise((resolve) => {
    const done = (open: boolean) => {
      res.off('drain', drained);
      res.off('close', closed);
      resolve(open);
    };
    const drained = () => done(true);
    const closed = () => done(false);
    res.once('drain', drained);
    res.once('close', closed);
  });
}

const AUDIENCE =
  'Agency owners and admins only: a member, a custom role or an API key answers 403 (`forbidden`).';

export function addAuditLogRoutes(operations: OperationRouter, backends: Pick<Backends, 'tenancy'>): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/audit-log',
      operationId: 'listAuditLog',
      tag: 'agency',
      summary: 'The audit log',
      description:
        'Every write through tenancy, newest first: who (the real agency user, also when acting through a switch ' +
        'token), as which client, what, on what, when, with the request id and the changed fields before and ' +
        `after. Filters combine. ${AUDIENCE}`,
      authenticated: true,
      personOnly: true,
      query: AuditLogQuerySchema,
      response: {
        status: 200,
        description: 'One page of entries.',
        schema: z.object({ items: z.array(AuditEntrySchema), nextCursor }).openapi('AuditEntryPage'),
      },
      problems: {
        400: '`from` is later than `to` (`validation_failed` naming `from`).',
        403: 'The caller is not an agency owner or admin (`forbidden`).',
      },
    },
    async ({ query }) => {
      const answer = await backends.tenancy.ListAuditEntries({
        ...filtersOf(query),
        ...pageOf(query),
      });
      return listAnswer(answer.entries, auditEntryJsonOf, answer.nextCursor);
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/audit-log/export.csv',
      operationId: 'exportAuditLog',
      tag: 'agency',
      summary: 'Export the audit log as CSV',
      description:
        'The entries `GET /v1/audit-log` would list with the same filters, newest first, as RFC 4180 CSV with a ' +
        `header row, streamed page by page. At most ${AUDIT_EXPORT_MAX_ROWS.toLocaleString('en')} rows (the ` +
        '`X-Export-Row-Limit` header says so): narrow a larger export with `from` and `to`. `before` and `after` ' +
        'are JSON objects; a cell starting with = + - or @ is prefixed with a quote so spreadsheets never run it ' +
        `as a formula. ${AUDIENCE}`,
      authenticated: true,
      personOnly: true,
      query: AuditExportQuerySchema,
      response: {
        status: 200,
        description: 'The CSV file.',
        textStream: {
          contentType: 'text/csv',
          description: `Columns: ${AUDIT_CSV_COLUMNS.join(', ')}.`,
        },
      },
      problems: {
        400: '`from` is later than `to` (`validation_failed` naming `from`).',
        403: 'The caller is not an agency owner or admin (`forbidden`).',
      },
    },
    async ({ query, res }) => {
      const request = filtersOf(query);
      // The first page is asked for before anything is written, so a refusal is still a problem answer.
      let page = await backends.tenancy.ListAuditEntries({ ...request, limit: EXPORT_PAGE, cursor: '' });
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="audit-log.csv"');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Export-Row-Limit', String(AUDIT_EXPORT_MAX_ROWS));
      if (!(await write(res, csvLine(AUDIT_CSV_COLUMNS)))) return;
      let rows = 0;
      for (;;) {
        const entries = page.entries.slice(0, AUDIT_EXPORT_MAX_ROWS - rows);
        if (!(await write(res, entries.map(auditCsvLine).join('')))) return;
        rows += entries.length;
        if (!page.nextCursor || rows >= AUDIT_EXPORT_MAX_ROWS) break;
        try {
          page = await backends.tenancy.ListAuditEntries({
            ...request,
            limit: EXPORT_PAGE,
            cursor: page.nextCursor,
          });
        } catch (error) {
          // The status is sent: cutting the connection is how the client learns the file is incomplete.
          res.destroy(error instanceof Error ? error : new Error(String(error)));
          return;
        }
      }
      res.end();
    },
  );
}
