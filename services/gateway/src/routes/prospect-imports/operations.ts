import {
  CSV_DELIMITERS,
  FIELD_MAPPING_TARGETS,
  PROSPECT_IMPORT_DUPLICATE_RULES,
  type campaigns,
} from '@atrium/proto';
import { DomainError } from '@atrium/errors';
import type { Backends } from '../../backends';
import { uploadedFile } from '../../http/uploads';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { present } from '../shared/contract';
import { importJobJsonOf, ProspectImportJobSchema } from '../shared/prospect-imports';

/** campaigns keeps at most this much of a file (docs/campaigns.md "Importing a CSV"). */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** An upload of that size may take a while on a slow line; the call lasts as long as the upload. */
const UPLOAD_DEADLINE_MS = 15 * 60_000;

const ParamsSchema = z.strictObject({ id: z.uuid().openapi({ description: 'The client id.' }) });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const QuerySchema = z.strictObject({
  fieldMappingIds: z
    .string()
    .max(4000)
    .refine(
      (value) => value.split(',').every((id) => UUID.test(id)),
      'must be saved field mapping ids, comma-separated',
    )
    .optional()
    .openapi({
      description: 'Saved field mappings to read the columns with, comma-separated; not with `columns`.',
    }),
  columns: z
    .string()
    .max(20_000)
    .optional()
    .openapi({
      description:
        'Inline mapping, a JSON object of header → field: a standard field (`' +
        FIELD_MAPPING_TARGETS.filter((target) => target !== 'custom').join('`, `') +
        '`) or `custom:<key>` for a custom prospect field, e.g. `{"E-Mail":"email","Points":"custom:score"}`.',
    }),
  delimiter: z.enum(CSV_DELIMITERS).optional().openapi({ description: 'Between cells; default `comma`.' }),
  encoding: z
    .enum(['utf-8'])
    .optional()
    .openapi({ description: 'Files are read as UTF-8 (a BOM is skipped); the only one.' }),
  duplicates: z.enum(PROSPECT_IMPORT_DUPLICATE_RULES).optional().openapi({
    description: 'A row whose email a prospect has: `update` it (non-empty cells) or `skip` it (default).',
  }),
  listId: z
    .uuid()
    .optional()
    .openapi({ description: 'A list of the client every prospect of the file is put on.' }),
});

type ColumnMapping = campaigns.ImportColumnMapping;

/** The inline mapping as campaigns takes it, or a 400 naming `columns`. */
function columnsOf(text: string | undefined): ColumnMapping[] | { problem: string } {
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'must be a JSON object of header → field' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { problem: 'must be a JSON object of header → field' };
  const columns: ColumnMapping[] = [];
  for (const [column, field] of Object.entries(parsed)) {
    if (typeof field !== 'string')
      return { problem: `maps "${column}" onto something that is not a field name` };
    if (field.startsWith('custom:'))
      columns.push({
        column,
        target: 'FIELD_MAPPING_TARGET_CUSTOM',
        customFieldKey: field.slice('custom:'.length),
      });
    else if ((FIELD_MAPPING_TARGETS as readonly string[]).includes(field) && field !== 'custom')
      columns.push({
        column,
        target: `FIELD_MAPPING_TARGET_${field.toUpperCase()}` as ColumnMapping['target'],
      });
    else return { problem: `maps "${column}" onto "${field}", which is no prospect field` };
  }
  if (columns.length > 200) return { problem: 'must map at most 200 columns' };
  return columns;
}

export function addProspectImportRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'campaigns'>,
): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/prospects/imports',
      operationId: 'importProspects',
      tag: 'prospects',
      summary: 'Import prospects from a CSV file',
      description:
        'Streams a CSV file into the client\'s prospects (docs/campaigns.md "Importing a CSV"): the body itself as ' +
        '`text/csv`, or the part `file` of a `multipart/form-data` body; the options are in the query. The first line ' +
        'is the header. Columns map by the inline `columns`, else the saved mappings named, else every saved mapping ' +
        'of the client, and headers named like a standard field map themselves. Answers once the file is whole, with ' +
        'the job (also at `Location`), which then imports in the background: `GET /v1/jobs/{jobId}` shows its ' +
        'figures and first errors. Options, a header or bytes that cannot be imported answer 400 at once, naming ' +
        'the option or `file` with the line, and nothing is kept. Needs `lists:write`.',
      authenticated: true,
      access: { client: 'id' },
      params: ParamsSchema,
      query: QuerySchema,
      upload: {
        contentTypes: ['text/csv', 'multipart/form-data'],
        maxBytes: IMPORT_MAX_BYTES,
        description:
          'The CSV file, UTF-8, with a header line; at most 100 MiB, 200 columns and 1 MiB a line.',
        streamed: true,
      },
      response: { status: 202, description: 'The job, queued.', schema: ProspectImportJobSchema },
      problems: {
        403: 'The caller may enter the client but lacks `lists:write` (`forbidden`).',
        404: 'No such client, or the caller may not enter it (`not_found`).',
        410: 'The client is being deleted (`client_deleted`).',
      },
    },
    async ({ params, query, req, res }) => {
      const columns = columnsOf(query.columns);
      if ('problem' in columns)
        throw new DomainError('validation_failed', 'The column mapping is not valid.', {
          fields: [{ field: 'columns', message: columns.problem }],
        });
      const file = await uploadedFile(req, { field: 'file', maxBytes: IMPORT_MAX_BYTES });
      async function* messages(): AsyncGenerator<campaigns.ImportProspectsRequest> {
        yield {
          options: {
            clientId: params.id,
            fieldMappingIds: query.fieldMappingIds?.split(',') ?? [],
            columns: columns as ColumnMapping[],
            delimiter: query.delimiter
              ? (`CSV_DELIMITER_${query.delimiter.toUpperCase()}` as campaigns.CsvDelimiter)
              : undefined,
            duplicates: query.duplicates
              ? (`PROSPECT_IMPORT_DUPLICATE_RULE_${query.duplicates.toUpperCase()}` as campaigns.ProspectImportDuplicateRule)
              : undefined,
            listId: query.listId ?? '',
            fileName: file.fileName.slice(0, 255),
          },
        };
        for await (const chunk of file.chunks) yield { chunk };
      }
      const answer = await backends.campaigns.stream('ImportProspects', messages(), {
        deadlineMs: UPLOAD_DEADLINE_MS,
      });
      const job = importJobJsonOf(present(answer.import, 'import'));
      res.setHeader('Location', `/v1/jobs/${job.id}`);
      return job;
    },
  );
}
