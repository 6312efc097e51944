import type { campaigns } from '@atrium/proto';
import { PROSPECT_IMPORT_DUPLICATE_RULES, PROSPECT_IMPORT_STATUSES } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { oneOf, orNull } from './contract';

/** An import's job id (campaigns's ProspectImport.id): "imp_", the client id, "_", the import's id. */
export const IMPORT_JOB_ID =
  /^imp_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The client an import job id names, or null when the id is not an import's. */
export function clientOfImportJob(jobId: string): string | null {
  return IMPORT_JOB_ID.exec(jobId)?.[1] ?? null;
}

const count = z.number().int().min(0);
const statusOf = (value: string) => value.replace(/^PROSPECT_IMPORT_STATUS_/, '').toLowerCase();
const ruleOf = (value: string) => value.replace(/^PROSPECT_IMPORT_DUPLICATE_RULE_/, '').toLowerCase();

export const ProspectImportJobSchema = z
  .object({
    id: z
      .string()
      .regex(IMPORT_JOB_ID)
      .openapi({ description: 'The job id: `imp_`, the client id, `_` and an id of its own.' }),
    kind: z.literal('prospect_import'),
    status: z.enum(PROSPECT_IMPORT_STATUSES).openapi({
      description:
        '`queued` once the file is whole, `running` while rows are read, then `succeeded` (every row read; failed rows ' +
        'are counted) or `failed` (the import stopped: `failureReason` and `failureLine` say why and where; rows ' +
        'counted before it stay stored).',
    }),
    clientId: z.uuid(),
    requestedBy: z.string().openapi({ description: 'The user (or API key) who started it.' }),
    fileName: z.string().nullable(),
    duplicates: z.enum(PROSPECT_IMPORT_DUPLICATE_RULES),
    listId: z.uuid().nullable(),
    rowsRead: count.openapi({
      description: 'Rows after the header read so far: imported + updated + skipped + failed.',
    }),
    imported: count.openapi({ description: 'New prospects.' }),
    updated: count.openapi({ description: 'Prospects of the same email updated (duplicates `update`).' }),
    skipped: count.openapi({ description: 'Rows whose email a prospect already had (duplicates `skip`).' }),
    failed: count.openapi({ description: 'Rows not imported, e.g. an invalid email.' }),
    errors: z
      .array(z.object({ line: z.number().int().min(1), field: z.string().nullable(), message: z.string() }))
      .openapi({
        description: 'The first failed rows (at most 100), with the line of the file (1 is the header).',
      }),
    failureReason: z.string().nullable(),
    failureLine: z.number().int().min(1).nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
    finishedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('ProspectImportJob', {
    description: "A CSV import into a client's prospects, run in the background.",
  });

export type ProspectImportJobJson = z.input<typeof ProspectImportJobSchema>;

export function importJobJsonOf(job: campaigns.ProspectImport__Output): ProspectImportJobJson {
  return {
    id: job.id,
    kind: 'prospect_import',
    status: oneOf(PROSPECT_IMPORT_STATUSES, statusOf(job.status), 'import status'),
    clientId: job.clientId,
    requestedBy: job.requestedBy,
    fileName: orNull(job.fileName),
    duplicates: oneOf(PROSPECT_IMPORT_DUPLICATE_RULES, ruleOf(job.duplicates), 'duplicates rule'),
    listId: orNull(job.listId),
    rowsRead: Number(job.rowsRead),
    imported: Number(job.imported),
    updated: Number(job.updated),
    skipped: Number(job.skipped),
    failed: Number(job.failed),
    errors: job.errors.map((error) => ({
      line: error.line,
      field: orNull(error.field),
      message: error.message,
    })),
    failureReason: orNull(job.failureReason),
    failureLine: job.failureLine === 0 ? null : job.failureLine,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: orNull(job.finishedAt),
  };
}
