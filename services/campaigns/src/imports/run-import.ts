import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { enqueueEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { IMPORT_LIMITS, prospectOfRow, type ImportedProspect } from '../domain/import-plan';
import { EVENT_SOURCE } from '../events/source';
import { lockCounters, recountProspects } from '../store/counters';
import { prospectFieldTypes } from '../store/field-mappings';
import {
  addEmailsToList,
  finishImport,
  lockRunningImport,
  readChunk,
  recordBatch,
  requeueImport,
  upsertProspects,
  type BatchFigures,
  type ImportError,
  type ImportRecord,
} from '../store/imports';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { importJobId } from './import-ids';

export interface RunDeps {
  logger: Logger;
  /** Rows per transaction. */
  batchSize: number;
  /** How long each batch holds the job: the worker renews it with every batch it commits. */
  leaseMs: number;
  /** True once the process is stopping: the job goes back to the queue after the batch in hand. */
  stopping: () => boolean;
}

interface PendingRow {
  line: number;
  prospect: ImportedProspect;
}

/** How a run ended: the file was read to its end, it failed at a line, or it was handed back. */
type Outcome = { kind: 'done' } | { kind: 'failed'; reason: string; line: number } | { kind: 'stopped' };

/**
 * Runs one import job the worker holds (docs/campaigns.md "Importing a CSV"): streams its stored file
 * through csv-parse, piece by piece, checks each row as every prospect write is checked, and writes
 * `batchSize` rows per transaction — the client's counters locked and recounted in each, as every
 * change of prospects does, with the job's figures and lease moved on — so no lock is held longer than
 * a batch and a restart resumes after the last batch committed. Rows a previous run committed
 * (rows_read) are read past, not written again. Ends by marking the job succeeded or failed and
 * publishing prospect_import.finished in the same transaction.
 */
export async function runImport(db: Db, job: ImportRecord, deps: RunDeps): Promise<void> {
  const tenant = { agencyId: job.agencyId };
  const { options } = job;
  const definitions = await inTenant(db, tenant, (tx) => prospectFieldTypes(tx, job.clientId));
  const parser = parse({
    delimiter: options.delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: IMPORT_LIMITS.maxLineBytes,
    info: true,
  });
  Readable.from(storedFile(db, job)).pipe(parser);
  let batch: PendingRow[] = [];
  let figures = emptyFigures();
  let index = 0;
  let outcome: Outcome = { kind: 'done' };
  const flush = async (): Promise<boolean> => {
    const written = await writeBatch(db, job, batch, figures, deps);
    batch = [];
    figures = emptyFigures();
    return written;
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      index += 1;
      // The header, and rows a previous run of the job committed.
      if (index === 1 || index - 1 <= job.rowsRead) continue;
      figures.rowsRead += 1;
      const row = prospectOfRow(record, options.columnCount, options.plan, definitions);
      if (row.ok) batch.push({ line: info.lines, prospect: row.prospect });
      else {
        figures.failed += 1;
        figures.errors.push({ line: info.lines, field: row.field, message: row.message });
      }
      if (figures.rowsRead >= deps.batchSize) {
        if (!(await flush())) return;
        if (deps.stopping()) {
          outcome = { kind: 'stopped' };
          break;
        }
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
    outcome = { kind: 'failed', reason: `The file is not valid CSV: ${error.message}`, line };
  } finally {
    parser.destroy();
  }
  if (!(await flush())) return;
  await inTenant(db, tenant, async (tx) => {
    if (!(await lockRunningImport(tx, job.id))) return;
    if (outcome.kind === 'stopped') {
      await requeueImport(tx, job.id);
      return;
    }
    const ended = await finishImport(tx, job.id, {
      status: outcome.kind === 'done' ? 'succeeded' : 'failed',
      reason: outcome.kind === 'failed' ? outcome.reason : '',
      line: outcome.kind === 'failed' ? outcome.line : 0,
    });
    await announceFinished(tx, ended);
  });
  deps.logger.info(
    { importId: job.id, clientId: job.clientId, outcome: outcome.kind },
    'prospect import ended',
  );
}

/** Ends a job without running it (e.g. one that kept losing its process), telling as any end does. */
export async function failImport(tx: Tx, job: ImportRecord, reason: string): Promise<void> {
  const ended = await finishImport(tx, job.id, { status: 'failed', reason, line: 0 });
  await announceFinished(tx, ended);
}

async function announceFinished(tx: Tx, job: ImportRecord): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.campaigns.v1.prospect_import.finished',
      subject: `agencies/${job.agencyId}/clients/${job.clientId}/imports/${job.id}`,
      data: {
        agencyId: job.agencyId,
        clientId: job.clientId,
        jobId: importJobId(job.clientId, job.id),
        status:
          job.status === 'succeeded' ? 'PROSPECT_IMPORT_STATUS_SUCCEEDED' : 'PROSPECT_IMPORT_STATUS_FAILED',
        requestedBy: job.requestedBy,
        fileName: job.fileName,
        rowsRead: job.rowsRead,
        imported: job.imported,
        updated: job.updated,
        skipped: job.skipped,
        failed: job.failed,
        failureReason: job.failureReason,
        failureLine: job.failureLine,
        requestedInClient: job.options.requestedInClient === true,
      },
    },
    EVENT_SOURCE,
  );
}

function emptyFigures(): BatchFigures & { errors: ImportError[] } {
  return { rowsRead: 0, imported: 0, updated: 0, skipped: 0, failed: 0, errors: [] };
}

/** The job's stored file, one piece at a time, each read in a short transaction of its own. */
async function* storedFile(db: Db, job: ImportRecord): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq += 1) {
    const piece = await inTenant(db, { agencyId: job.agencyId }, (tx) => readChunk(tx, job.id, seq));
    if (!piece) return;
    yield piece;
  }
}

/**
 * Commits one batch: its rows (each email once; a later row of the same email in the batch counts as
 * an update, or is skipped), the list, the recount and the figures. False when the job is no longer
 * this run's to write (the client was purged, or the job ended meanwhile).
 */
async function writeBatch(
  db: Db,
  job: ImportRecord,
  rows: PendingRow[],
  figures: BatchFigures,
  deps: RunDeps,
): Promise<boolean> {
  if (figures.rowsRead === 0) return true;
  const scope = { agencyId: job.agencyId, clientId: job.clientId };
  const { duplicates, listId } = job.options;
  const byEmail = new Map<string, { id: string; prospect: ImportedProspect }>();
  for (const row of rows) {
    const earlier = byEmail.get(row.prospect.email);
    if (!earlier) byEmail.set(row.prospect.email, { id: randomUUID(), prospect: row.prospect });
    else if (duplicates === 'skip') figures.skipped += 1;
    else {
      figures.updated += 1;
      byEmail.set(row.prospect.email, {
        id: earlier.id,
        prospect: mergeRows(earlier.prospect, row.prospect),
      });
    }
  }
  return inTenant(
    db,
    { agencyId: job.agencyId },
    async (tx) => {
      if (!(await lockRunningImport(tx, job.id))) return false;
      if (!(await lockCounters(tx, scope.agencyId, scope.clientId))) return false;
      const unique = [...byEmail.values()];
      if (unique.length > 0) {
        const { inserted, updated } = await upsertProspects(tx, scope, unique, duplicates);
        figures.imported += inserted;
        figures.updated += updated;
        figures.skipped += unique.length - inserted - updated;
        if (listId) await addEmailsToList(tx, scope, listId, [...byEmail.keys()]);
        await recountProspects(tx, scope.clientId);
      }
      await recordBatch(tx, job.id, figures, IMPORT_LIMITS.maxErrors, deps.leaseMs);
      return true;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** A later row of the same email over an earlier one: its non-empty fields win. */
function mergeRows(earlier: ImportedProspect, later: ImportedProspect): ImportedProspect {
  const pick = (a: string, b: string) => (b === '' ? a : b);
  return {
    email: later.email,
    firstName: pick(earlier.firstName, later.firstName),
    lastName: pick(earlier.lastName, later.lastName),
    company: pick(earlier.company, later.company),
    position: pick(earlier.position, later.position),
    phone: pick(earlier.phone, later.phone),
    customFields: { ...earlier.customFields, ...later.customFields },
    tags: later.tags.length > 0 ? later.tags : earlier.tags,
  };
}
