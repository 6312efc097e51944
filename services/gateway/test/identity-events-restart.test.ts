import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { connectNats, ensureStream, subjectOf, type NatsConnection } from '@atrium/events';
import { acceptsConnections, eventually, freePort, testNamespace } from '@atrium/testing';
import { SESSION_REVOKED } from '../src/events/identity-events';
import { request, silentLogger, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { accessToken } from './support/tokens';

/*
 * A NATS restart loses the gateway's ephemeral consumer. nats.js cannot recreate an ordered consumer
 * that started at a time, so this checks the follower makes a new one itself and keeps refusing
 * revoked sessions. It needs a private nats-server it can stop, like the end-to-end test.
 */

function natsServerBinary(): string {
  const candidates = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/bin/nats-server'];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) throw new Error('This test runs a private nats-server: install it or set NATS_SERVER_BIN.');
  return found;
}

let port: number;
let storeDir: string;
let server: ChildProcess | undefined;
let nc: NatsConnection;
let platform: StubbedGateway;
const namespace = testNamespace();

async function startNats(): Promise<void> {
  server = spawn(natsServerBinary(), ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
    stdio: 'ignore',
  });
  await eventually(async () => ((await acceptsConnections(port)) ? true : undefined), 10_000, 'nats-server');
}

async function stopNats(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function revoke(sessionId: string): Promise<void> {
  const h = headers();
  const id = randomUUID();
  h.set('ce-id', id);
  h.set('ce-type', SESSION_REVOKED);
  h.set('ce-time', new Date().toISOString());
  const data = { userId: 'user-1', sessionIds: [sessionId], reason: 'revoked' };
  await jetstream(nc).publish(subjectOf(SESSION_REVOKED, namespace), JSON.stringify(data), {
    msgID: id,
    headers: h,
  });
}

function refused(token: string): Promise<boolean> {
  return eventually(
    async () => {
      const answer = await request(`${platform.gateway.url}/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return answer.status === 401 ? true : undefined;
    },
    15_000,
    'the token to be refused',
  );
}

beforeAll(async () => {
  port = await freePort();
  storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-gateway-nats-'));
  await startNats();
  nc = await connectNats({ servers: `nats://127.0.0.1:${port}`, name: 'gateway-test', logger: silentLogger });
  await ensureStream(nc, 'identity', namespace);
  platform = await startStubbedGateway(
    { NATS_URL: `nats://127.0.0.1:${port}`, EVENTS_NAMESPACE: namespace },
    silentLogger,
    { followEvents: true },
  );
  await eventually(async () => platform.gateway.events?.identity.live || undefined, 10_000, 'the consumer');
});

afterAll(async () => {
  // The private server goes whatever failed before, so no nats-server outlives the run.
  try {
    await platform?.stop();
    await nc?.close();
  } finally {
    await stopNats();
    fs.rmSync(storeDir, { recursive: true, force: true });
  }
});

test('revocations published after NATS restarts are still applied', async () => {
  const before = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000c1' });
  await revoke('5e55a0e0-0000-4000-8000-0000000000c1');
  await refused(before);

  await stopNats();
  await startNats();
  const after = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000c2' });
  await eventually(
    async () => {
      try {
        await revoke('5e55a0e0-0000-4000-8000-0000000000c2');
        return true;
      } catch {
        return undefined;
      }
    },
    10_000,
    'a publish after the restart',
  );
  await refused(after);
  const stillRefused = await request(`${platform.gateway.url}/v1/me`, {
    headers: { authorization: `Bearer ${before}` },
  });
  expect(stillRefused.status).toBe(401);
});
