import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { MigrationLogger } from '@atrium/db';

/** A Prisma-layout migrations folder in a temporary directory. */
export interface MigrationsFolder {
  dir: string;
  /** Writes `<dir>/<name>/migration.sql`, replacing it if it exists. */
  write(name: string, sql: string): Promise<void>;
  remove(): Promise<void>;
}

export async function migrationsFolder(migrations: Record<string, string> = {}): Promise<MigrationsFolder> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atrium-db-migrations-'));
  const folder: MigrationsFolder = {
    dir,
    write: async (name, sql) => {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, 'migration.sql'), sql);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) await folder.write(name, sql);
  return folder;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Runs one query on a short-lived connection. */
export async function query<T extends object>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ exists: boolean }>(url, 'SELECT to_regclass($1) IS NOT NULL AS exists', [
    table,
  ]);
  return row?.exists === true;
}

export interface LogEntry {
  level: 'info' | 'warn';
  fields: object;
  message?: string;
}

/** A logger that keeps what it was told, for assertions. */
export function recordingLogger(): MigrationLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (fields, message) => entries.push({ level: 'info', fields, message }),
    warn: (fields, message) => entries.push({ level: 'warn', fields, message }),
  };
}
