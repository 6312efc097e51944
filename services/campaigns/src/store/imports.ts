import type { ImportedProspect, ImportPlan } from '../domain/import-plan';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from './db';

/** What an import was asked to do, resolved when its upload began (prospect_imports.options). */
export interface ImportOptions {
  plan: ImportPlan;
  /** The header's cells, so every record is held against its width. */
  columnCount: number;
  delimiter: string;
  duplicates: 'update' | 'skip';
  listId: string | null;
  /** Whether a client user of the client started it (the notices act as them: docs/events.md). */
  requestedInClient: boolean;
}

export type ImportStatus = 'receiving' | 'queued' | 'running' | 'succeeded' | 'failed';

export interface ImportError {
  line: number;
  field: string;
  message: string;
}

/** One import job as campaigns keeps it (docs/campaigns.md "Importing a CSV"). */
export interface ImportRecord {
  id: string;
  agencyId: string;
  clientId: string;
  status: ImportStatus;
  requestedBy: string;
  fileName: string;
  options: ImportOptions;
  fileBytes: number;
  rowsRead: number;
  imported: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: ImportError[];
  failureReason: string;
  failureLine: number;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

type Row = Prisma.ProspectImportGetPayload<object>;

function recordOf(row: Row): ImportRecord {
  return {
    id: row.id,
    agencyId: row.agencyId,
    clientId: row.clientId,
    status: row.status as ImportStatus,
    requestedBy: row.requestedBy,
    fileName: row.fileName,
    options: row.options as unknown as ImportOptions,
    fileBytes: Number(row.fileBytes),
    rowsRead: Number(row.rowsRead),
    imported: Number(row.imported),
    updated: Number(row.updated),
    skipped: Number(row.skipped),
    failed: Number(row.failed),
    errors: row.errors as unknown as ImportError[],
    failureReason: row.failureReason,
    failureLine: row.failureLine,
    attempts: row.attempts,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

const leaseUntil = (leaseMs: number) => new Date(Date.now() + leaseMs);

/** A new job whose upload has begun; nobody is told of it until the file is whole. */
export async function insertImport(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  job: { id: string; requestedBy: string; fileName: string; options: ImportOptions; leaseMs: number },
): Promise<void> {
  const now = new Date();
  await tx.prospectImport.create({
    data: {
      id: job.id,
      ...scope,
      status: 'receiving',
      requestedBy: job.requestedBy,
      fileName: job.fileName,
      options: job.options as unknown as Prisma.InputJsonValue,
      leaseExpiresAt: leaseUntil(job.leaseMs),
      createdAt: now,
      updatedAt: now,
    },
  });
}

/** Keeps the next piece of an upload's file and renews the upload's lease. */
export async function appendChunk(
  tx: Tx,
  job: { id: string; agencyId: string; clientId: string },
  seq: number,
  data: Buffer,
  leaseMs: number,
): Promise<void> {
  await tx.prospectImportChunk.create({
    data: {
      importId: job.id,
      seq,
      agencyId: job.agencyId,
      clientId: job.clientId,
      data: new Uint8Array(data),
    },
  });
  await tx.prospectImport.update({
    where: { id: job.id },
    data: {
      fileBytes: { increment: data.length },
      leaseExpiresAt: leaseUntil(leaseMs),
      updatedAt: new Date(),
    },
  });
}

/** The whole file is kept: the job waits for the worker. */
export async function markQueued(tx: Tx, id: string): Promise<ImportRecord> {
  return recordOf(
    await tx.prospectImport.update({
      where: { id },
      data: { status: 'queued', leaseExpiresAt: null, updatedAt: new Date() },
    }),
  );
}

/** Drops an upload refused part way, with the pieces kept so far. */
export async function deleteImport(tx: Tx, id: string): Promise<void> {
  await tx.prospectImport.deleteMany({ where: { id } });
}

/** One job of the client that anyone has been told of (its upload finished), or null. */
export async function findImport(tx: Tx, clientId: string, id: string): Promise<ImportRecord | null> {
  const row = await tx.prospectImport.findFirst({ where: { id, clientId, status: { not: 'receiving' } } });
  return row ? recordOf(row) : null;
}

/** The jobs, of every agency, the worker should take: queued, or held by a process whose lease ran out. */
export async function findDueImports(
  tx: Tx,
  maxRows: number,
): Promise<Array<{ agencyId: string; id: string }>> {
  return tx.$queryRawUnsafe('SELECT agency_id AS "agencyId", id FROM due_prospect_imports($1::int)', maxRows);
}

/**
 * The job when it is still due, locked until the transaction ends so one worker takes it (another
 * replica's skips the row), else null.
 */
export async function claimDueImport(tx: Tx, id: string): Promise<ImportRecord | null> {
  const rows: Array<{ id: string }> = await tx.$queryRawUnsafe(
    `SELECT id FROM prospect_imports
      WHERE id = $1::uuid
        AND (status = 'queued' OR (status IN ('receiving', 'running') AND lease_expires_at < now()))
      FOR UPDATE SKIP LOCKED`,
    id,
  );
  if (rows.length === 0) return null;
  const row = await tx.prospectImport.findUnique({ where: { id } });
  return row ? recordOf(row) : null;
}

/** The worker holds the job for `leaseMs` more; one more attempt is counted. */
export async function markRunning(tx: Tx, id: string, leaseMs: number): Promise<ImportRecord> {
  return recordOf(
    await tx.prospectImport.update({
      where: { id },
      data: {
        status: 'running',
        attempts: { increment: 1 },
        leaseExpiresAt: leaseUntil(leaseMs),
        updatedAt: new Date(),
      },
    }),
  );
}

/** The piece of the file at `seq`, or null past its end. */
export async function readChunk(tx: Tx, importId: string, seq: number): Promise<Buffer | null> {
  const row = await tx.prospectImportChunk.findUnique({
    where: { importId_seq: { importId, seq } },
    select: { data: true },
  });
  return row ? Buffer.from(row.data) : null;
}

/**
 * Writes a batch of rows, each email at most once, by the client's stored prospect of the email:
 * new ones are inserted; existing ones are updated (non-empty fields overwrite, custom fields merge,
 * tags replace when given) or left as they are. Answers how many of each.
 */
export async function upsertProspects(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  rows: Array<{ id: string; prospect: ImportedProspect }>,
  duplicates: 'update' | 'skip',
): Promise<{ inserted: number; updated: number }> {
  const column = <K extends keyof ImportedProspect>(key: K) => rows.map((row) => row.prospect[key]);
  const conflict =
    duplicates === 'skip'
      ? 'DO NOTHING'
      : `DO UPDATE SET
           first_name = CASE WHEN EXCLUDED.first_name = '' THEN p.first_name ELSE EXCLUDED.first_name END,
           last_name = CASE WHEN EXCLUDED.last_name = '' THEN p.last_name ELSE EXCLUDED.last_name END,
           company = CASE WHEN EXCLUDED.company = '' THEN p.company ELSE EXCLUDED.company END,
           position = CASE WHEN EXCLUDED.position = '' THEN p.position ELSE EXCLUDED.position END,
           phone = CASE WHEN EXCLUDED.phone = '' THEN p.phone ELSE EXCLUDED.phone END,
           custom_fields = p.custom_fields || EXCLUDED.custom_fields,
           tags = CASE WHEN cardinality(EXCLUDED.tags) = 0 THEN p.tags ELSE EXCLUDED.tags END,
           updated_at = EXCLUDED.updated_at`;
  const answered: Array<{ inserted: boolean }> = await tx.$queryRawUnsafe(
    `INSERT INTO prospects AS p (id, agency_id, client_id, email, first_name, last_name, company, position,
                                 phone, custom_fields, tags, status, created_at, updated_at)
     SELECT r.id, $1::uuid, $2::uuid, r.email, r.first_name, r.last_name, r.company, r.position, r.phone,
            r.custom_fields, ARRAY(SELECT jsonb_array_elements_text(r.tags)), 'active', now(), now()
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::jsonb[], $11::jsonb[])
            AS r(id, email, first_name, last_name, company, position, phone, custom_fields, tags)
     ON CONFLICT (client_id, email) WHERE deleted_at IS NULL ${conflict}
     RETURNING (xmax = 0) AS inserted`,
    scope.agencyId,
    scope.clientId,
    rows.map((row) => row.id),
    column('email'),
    column('firstName'),
    column('lastName'),
    column('company'),
    column('position'),
    column('phone'),
    rows.map((row) => JSON.stringify(row.prospect.customFields)),
    rows.map((row) => JSON.stringify(row.prospect.tags)),
  );
  const inserted = answered.filter((row) => row.inserted).length;
  return { inserted, updated: answered.length - inserted };
}

/** Puts the client's stored prospects of these emails on the list (once). */
export async function addEmailsToList(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  listId: string,
  emails: string[],
): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO prospect_list_members (list_id, prospect_id, agency_id, client_id, added_at)
     SELECT $3::uuid, p.id, $1::uuid, $2::uuid, now() FROM prospects p
      WHERE p.client_id = $2::uuid AND p.deleted_at IS NULL AND p.email = ANY($4::text[])
        AND EXISTS (SELECT 1 FROM prospect_lists l WHERE l.id = $3::uuid AND l.client_id = $2::uuid)
     ON CONFLICT DO NOTHING`,
    scope.agencyId,
    scope.clientId,
    listId,
    emails,
  );
}

/** What one batch adds to the job's figures. */
export interface BatchFigures {
  rowsRead: number;
  imported: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: ImportError[];
}

/** Adds a committed batch to the job's figures (errors up to `maxErrors`) and renews its lease. */
export async function recordBatch(
  tx: Tx,
  id: string,
  figures: BatchFigures,
  maxErrors: number,
  leaseMs: number,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE prospect_imports
        SET rows_read = rows_read + $2, imported = imported + $3, updated = updated + $4,
            skipped = skipped + $5, failed = failed + $6,
            errors = CASE WHEN jsonb_array_length(errors) >= $8 THEN errors
                          ELSE (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM (
                                  SELECT e FROM jsonb_array_elements(errors || $7::jsonb) e LIMIT $8) s)
                     END,
            lease_expires_at = $9, updated_at = now()
      WHERE id = $1::uuid`,
    id,
    figures.rowsRead,
    figures.imported,
    figures.updated,
    figures.skipped,
    figures.failed,
    JSON.stringify(figures.errors),
    maxErrors,
    leaseUntil(leaseMs),
  );
}

/** Ends the job, succeeded or failed with why and where, and drops its file. */
export async function finishImport(
  tx: Tx,
  id: string,
  end: { status: 'succeeded' | 'failed'; reason: string; line: number },
): Promise<ImportRecord> {
  const row = await tx.prospectImport.update({
    where: { id },
    data: {
      status: end.status,
      failureReason: end.reason,
      failureLine: end.line,
      leaseExpiresAt: null,
      finishedAt: new Date(),
      updatedAt: new Date(),
    },
  });
  await tx.prospectImportChunk.deleteMany({ where: { importId: id } });
  return recordOf(row);
}

/**
 * Locks the job for the batch in hand while it is still running: false once it ended or was purged
 * with its client, so a run never writes for a job that is no longer its own.
 */
export async function lockRunningImport(tx: Tx, id: string): Promise<boolean> {
  const rows: unknown[] = await tx.$queryRawUnsafe(
    `SELECT 1 FROM prospect_imports WHERE id = $1::uuid AND status = 'running' FOR UPDATE`,
    id,
  );
  return rows.length > 0;
}

/** Hands a running job back to the queue (its process is stopping); the next worker resumes it. */
export async function requeueImport(tx: Tx, id: string): Promise<void> {
  await tx.prospectImport.update({
    where: { id },
    data: { status: 'queued', leaseExpiresAt: null, updatedAt: new Date() },
  });
}
