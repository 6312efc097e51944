import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@atrium/testing';

const run = promisify(execFile);

/**
 * A Postgres cluster of one fault scenario's own, on a free loopback port, so the scenario may stop and
 * start it while everyone else keeps the machine's server. Postgres refuses to run as root, so the
 * cluster belongs to the `postgres` OS user. The binaries are the machine's, in /usr/local/bin unless
 * `PG_BIN` names another directory; the migrations need Postgres 15 or later.
 */
export interface PrivatePostgres {
  /** A superuser URL (trust on loopback) for TEST_DATABASE_URL. */
  url: string;
  /** Stops the server (fast: open connections are cut) and waits until it is down. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it if it runs and deletes the cluster's directory. */
  remove(): Promise<void>;
}

const PG_BIN = process.env.PG_BIN ?? '/usr/local/bin';

async function asPostgres(binary: string, args: string[]): Promise<void> {
  await run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, binary), ...args]);
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const { stdout: version } = await run(path.join(PG_BIN, 'pg_ctl'), ['--version']);
  if (!/PostgreSQL\) 1[5-9]/.test(version))
    throw new Error(`The migrations need Postgres 15 or later; ${PG_BIN}/pg_ctl is ${version.trim()}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-faults-pg-'));
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  fs.chownSync(dir, Number(uid), Number(gid));
  const data = path.join(dir, 'data');
  const port = await freePort();
  let running = false;
  const ctl = (args: string[]) => asPostgres('pg_ctl', ['-D', data, '-w', ...args]);
  const start = async () => {
    await ctl([
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-l',
      path.join(dir, 'server.log'),
      'start',
    ]);
    running = true;
  };
  const stop = async () => {
    await ctl(['-m', 'fast', 'stop']);
    running = false;
  };
  const remove = async () => {
    if (running) await stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    await start();
  } catch (error) {
    await remove();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, start, remove };
}
