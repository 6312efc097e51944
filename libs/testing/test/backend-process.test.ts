import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acceptsConnections, freePort, startBackendProcess } from '../src';

let dir: string;

/** A script in this file's own directory; node runs it as it runs a service's dist/main.js. */
function script(name: string, source: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return file;
}

// Listens on PORT like a backend, and says how it was stopped.
const LISTENER = `
  const server = require('node:net').createServer((socket) => socket.end());
  server.listen(Number(process.env.PORT), '127.0.0.1', () =>
    console.log('listening as ' + process.env.NAME + ', inherited: ' + (process.env.ATRIUM_TEST_ONLY ?? 'nothing') +
      ', metrics port: ' + process.env.METRICS_PORT),
  );
  process.on('SIGTERM', () => { console.log('stopping on SIGTERM'); server.close(() => process.exit(0)); });
`;

// Listens, but ignores SIGTERM: only SIGKILL ends it.
const STUBBORN = `
  require('node:net').createServer().listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-backend-process-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a backend process started for a test', () => {
  it('is ready once it listens and says so, gets only the environment it is given, and stops on SIGTERM', async () => {
    const port = await freePort();
    let asked = 0;
    process.env.ATRIUM_TEST_ONLY = 'a variable of the test process';
    const started = await startBackendProcess({
      entry: script('listener.js', LISTENER),
      env: { PORT: String(port), NAME: 'tenancy' },
      port,
      ready: async () => {
        asked += 1;
        return asked >= 2;
      },
    }).finally(() => delete process.env.ATRIUM_TEST_ONLY);
    expect(asked).toBe(2);
    expect(await acceptsConnections(port)).toBe(true);
    await started.stop();
    // Not make up's metrics port, which may be taken on the same machine: any free one.
    expect(started.output()).toContain('listening as tenancy, inherited: nothing, metrics port: 0');
    expect(started.output()).toContain('stopping on SIGTERM');
    expect(await acceptsConnections(port)).toBe(false);
  });

  it('fails at once with what the process printed when it exits before it is ready', async () => {
    const port = await freePort();
    const startedAt = Date.now();
    await expect(
      startBackendProcess({
        entry: script('bad-config.js', "console.error('DATABASE_URL: is required'); process.exit(78);"),
        env: {},
        port,
        ready: async () => true,
        readyTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(/exited \(78\) before it was ready[\s\S]*DATABASE_URL: is required/);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
  });

  it('gives up, and ends the process, when it is not ready in time', async () => {
    const port = await freePort();
    await expect(
      startBackendProcess({
        entry: script('never-ready.js', LISTENER),
        env: { PORT: String(port), NAME: 'never ready' },
        port,
        ready: async () => false,
        readyTimeoutMs: 500,
      }),
    ).rejects.toThrow(/was not ready within 500 ms/);
    expect(await acceptsConnections(port)).toBe(false);
  });

  it('kills a process that ignores SIGTERM once the grace has passed', async () => {
    const port = await freePort();
    const started = await startBackendProcess({
      entry: script('stubborn.js', STUBBORN),
      env: { PORT: String(port) },
      port,
      ready: async () => true,
      stopGraceMs: 300,
    });
    await started.stop();
    expect(started.output()).toContain('ignoring SIGTERM');
    expect(await acceptsConnections(port)).toBe(false);
  });

  it('asks for a build when the entry point is missing', async () => {
    await expect(
      startBackendProcess({
        entry: path.join(dir, 'dist', 'main.js'),
        env: {},
        port: await freePort(),
        ready: async () => true,
      }),
    ).rejects.toThrow(/is missing: run `make build`/);
  });
});
