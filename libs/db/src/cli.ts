/* eslint-disable no-console */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDatabase } from './database';
import { migrate, type MigrationLogger } from './migrate';

const USAGE =
  'Usage: node libs/db/dist/cli.js <command>, with DATABASE_URL set\n' +
  '  create-database          create the database DATABASE_URL names unless it exists\n' +
  '  migrate --dir <folder>   apply the pending migrations of a Prisma migrations folder';

class UsageError extends Error {}

// One plain line per event, e.g. "migration applied migration=20250101000000_init".
const consoleLogger: MigrationLogger = {
  info: (fields, message) => console.log(line(fields, message)),
  warn: (fields, message) => console.warn(`warning: ${line(fields, message)}`),
};

function line(fields: object, message = ''): string {
  const pairs = Object.entries(fields).map(([key, value]) => `${key}=${String(value)}`);
  return [message, ...pairs].filter(Boolean).join(' ');
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-database': {
      parseOptions(rest, {});
      const url = databaseUrl();
      const created = await ensureDatabase(url);
      console.log(
        created ? `created database ${databaseName(url)}` : `database ${databaseName(url)} already exists`,
      );
      return;
    }
    case 'migrate': {
      const { dir } = parseOptions(rest, { dir: { type: 'string' } });
      if (!dir) throw new UsageError('migrate needs --dir <migrations folder>');
      const url = databaseUrl();
      const { applied } = await migrate({
        databaseUrl: url,
        migrationsDir: path.resolve(dir),
        logger: consoleLogger,
      });
      console.log(
        applied.length
          ? `applied ${applied.length} migration(s) to ${databaseName(url)}`
          : `database ${databaseName(url)} is up to date`,
      );
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

function parseOptions<T extends Record<string, { type: 'string' }>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function databaseUrl(): string {
  const value = process.env.DATABASE_URL;
  if (!value)
    throw new Error('DATABASE_URL is not set (e.g. postgres://user:password@host:5432/atrium_tenancy)');
  // The value is not echoed: it may carry a password.
  if (!URL.canParse(value)) throw new Error('DATABASE_URL is not a valid URL');
  return value;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
