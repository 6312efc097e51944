import { randomUUID } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/grpc';
import { inClient } from '../clients/client-scope';
import { isUuid } from '../domain/ids';
import { IMPORT_LIMITS, planColumns, type ColumnMapping } from '../domain/import-plan';
import type { FieldMappingTarget, ProspectFieldType } from '../domain/prospect-status';
import { findFieldMapping, listFieldMappings, prospectFieldTypes } from '../store/field-mappings';
import {
  appendChunk,
  deleteImport,
  insertImport,
  markQueued,
  type ImportOptions,
  type ImportRecord,
} from '../store/imports';
import { findList } from '../store/prospect-lists';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** docs/product.md "Client roles": an import changes prospects, so it needs lists:write. */
const PERMISSION = 'lists:write';

export const DELIMITERS = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' } as const;
export type DelimiterName = keyof typeof DELIMITERS;

/** The options of an import as ImportProspects's first message carries them. */
export interface ImportRequest {
  clientId: string;
  fieldMappingIds: string[];
  columns: Array<{ column: string; target: FieldMappingTarget | null; customFieldKey: string }>;
  delimiter: DelimiterName | null;
  duplicates: 'update' | 'skip' | null;
  listId: string;
  fileName: string;
}

export interface ReceiveDeps {
  /** How long the upload holds the job between two pieces before the worker takes it as cut off. */
  leaseMs: number;
  /** Told once the job is queued, so the worker starts at once. */
  queued: () => void;
}

/** Control characters, which no file name needs. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** About a mebibyte per stored piece of the file. */
const PIECE_BYTES = 1024 * 1024;

const fileProblem = (detail: string, message: string) =>
  new DomainError('validation_failed', detail, { fields: [{ field: 'file', message }] });

/**
 * Receives a CSV file into a new import job (docs/campaigns.md "Importing a CSV"): the options are
 * checked first, then the header as soon as its line is whole, then every byte as it passes (UTF-8,
 * line length, total size), each piece kept with the job in a short transaction of its own, so memory
 * stays at a piece whatever the file's size. A refusal answers at once and drops what was kept; a
 * whole file leaves the job queued for the import worker, which is told.
 */
export async function receiveImport(
  db: Db,
  actor: Actor | undefined,
  request: ImportRequest,
  chunks: AsyncIterable<Buffer>,
  deps: ReceiveDeps,
): Promise<ImportRecord> {
  const setup = await inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const problems: FieldProblem[] = [];
    if (request.fileName.length > 255 || CONTROL.test(request.fileName))
      problems.push({
        field: 'fileName',
        message: 'must be at most 255 characters without control characters',
      });
    let listId: string | null = null;
    if (request.listId !== '') {
      if (isUuid(request.listId) && (await findList(tx, scope.clientId, request.listId)))
        listId = request.listId;
      else problems.push({ field: 'listId', message: 'is not a list of the client' });
    }
    if (request.columns.length > 0 && request.fieldMappingIds.length > 0)
      problems.push({ field: 'fieldMappingIds', message: 'cannot be given with columns; choose one' });
    const mappings: ColumnMapping[] = request.columns.map((column, index) => ({
      ...column,
      source: `columns[${index}]`,
    }));
    for (const [index, id] of request.fieldMappingIds.entries()) {
      const saved = isUuid(id) ? await findFieldMapping(tx, scope.clientId, id) : null;
      if (!saved)
        problems.push({
          field: `fieldMappingIds[${index}]`,
          message: 'is not a field mapping of the client',
        });
      else
        mappings.push({
          column: saved.column,
          target: saved.target,
          customFieldKey: saved.customFieldKey ?? '',
          source: `fieldMappingIds[${index}]`,
        });
    }
    const explicit = mappings.length > 0;
    if (!explicit)
      for (const saved of await listFieldMappings(tx, scope.clientId))
        mappings.push({
          column: saved.column,
          target: saved.target,
          customFieldKey: saved.customFieldKey ?? '',
          source: 'savedMappings',
        });
    if (problems.length > 0)
      throw new DomainError('validation_failed', 'The import options are not valid.', { fields: problems });
    const definitions: ReadonlyMap<string, ProspectFieldType> = await prospectFieldTypes(tx, scope.clientId);
    return { scope, listId, mappings, explicit, definitions };
  });
  const delimiter = DELIMITERS[request.delimiter ?? 'comma'];
  const requestedBy = actor?.apiKeyId ?? actor?.userId ?? '';
  const id = randomUUID();
  const job = { id, ...setup.scope };
  const check = new ByteChecks();
  let created = false;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let storedAt = Date.now();
  const store = async () => {
    storedAt = Date.now();
    if (pendingBytes === 0) return;
    const piece = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await inTenant(db, setup.scope, (tx) => appendChunk(tx, job, seq, piece, deps.leaseMs));
    seq += 1;
  };
  const begin = async (headerLine: Buffer) => {
    const header = headerOf(headerLine, delimiter);
    const plan = planColumns(header, setup.mappings, setup.explicit, setup.definitions);
    const options: ImportOptions = {
      plan,
      columnCount: header.length,
      delimiter,
      duplicates: request.duplicates ?? 'skip',
      listId: setup.listId,
      requestedInClient: actor?.clientId !== undefined && actor.apiKeyId === undefined,
    };
    await inTenant(db, setup.scope, (tx) =>
      insertImport(tx, setup.scope, {
        id,
        requestedBy,
        fileName: request.fileName,
        options,
        leaseMs: deps.leaseMs,
      }),
    );
    created = true;
  };
  try {
    for await (const chunk of chunks) {
      check.take(chunk);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (!created && check.headerEnd !== null)
        await begin(Buffer.concat(pending).subarray(0, check.headerEnd));
      // A slow upload still renews its lease in time, so the worker never takes it as cut off.
      if (created && (pendingBytes >= PIECE_BYTES || Date.now() - storedAt > deps.leaseMs / 3)) await store();
    }
    check.end();
    if (!created) await begin(Buffer.concat(pending));
    await store();
    const queued = await inTenant(db, setup.scope, (tx) => markQueued(tx, id));
    deps.queued();
    return queued;
  } catch (error) {
    if (created) await inTenant(db, setup.scope, (tx) => deleteImport(tx, id));
    throw error;
  }
}

/** The header's cells: the first line, read as CSV with the import's delimiter. */
function headerOf(line: Buffer, delimiter: string): string[] {
  let rows: string[][];
  try {
    rows = parseCsv(line, {
      delimiter,
      bom: true,
      relax_column_count: true,
      max_record_size: IMPORT_LIMITS.maxLineBytes,
    }) as string[][];
  } catch (error) {
    throw fileProblem('The file is not CSV.', `line 1 (the header) is not CSV: ${(error as Error).message}`);
  }
  const header = rows[0];
  if (!header || header.every((cell) => cell.trim() === ''))
    throw fileProblem('The file has no header.', 'line 1 must be a header naming the columns');
  return header;
}

/**
 * What is checked of the bytes as they pass, before a record is parsed: UTF-8 (the only encoding
 * imports read), the longest line, the whole size; and where the header's line ends.
 */
class ByteChecks {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;
  private line = 1;
  private lineBytes = 0;
  headerEnd: number | null = null;

  take(chunk: Buffer): void {
    if (this.bytes + chunk.length > IMPORT_LIMITS.maxFileBytes)
      throw new DomainError(
        'payload_too_large',
        `The file is larger than ${IMPORT_LIMITS.maxFileBytes} bytes.`,
      );
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      throw fileProblem('The file is not UTF-8 text.', `is not UTF-8 text (near line ${this.line})`);
    }
    let from = 0;
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, from)) {
      this.checkLine(this.lineBytes + at - from);
      if (this.headerEnd === null) this.headerEnd = this.bytes + at + 1;
      this.line += 1;
      this.lineBytes = 0;
      from = at + 1;
    }
    this.lineBytes += chunk.length - from;
    this.checkLine(this.lineBytes);
    this.bytes += chunk.length;
  }

  end(): void {
    try {
      this.decoder.decode();
    } catch {
      throw fileProblem(
        'The file is not UTF-8 text.',
        `is not UTF-8 text (line ${this.line} ends mid-character)`,
      );
    }
    if (this.bytes === 0) throw fileProblem('The file is empty.', 'is empty');
  }

  private checkLine(length: number): void {
    if (length > IMPORT_LIMITS.maxLineBytes)
      throw fileProblem(
        'A line of the file is too long.',
        `line ${this.line} is longer than ${IMPORT_LIMITS.maxLineBytes} bytes`,
      );
  }
}
