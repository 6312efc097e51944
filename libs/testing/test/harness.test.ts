import { readFileSync } from 'node:fs';
import net from 'node:net';
import { Client } from 'pg';
import { assertTestDatabase, createTestDatabase, freePort, testNamespace, withDatabase } from '../src';

describe('the test harness', () => {
  it('refuses databases whose name does not mark them as test databases', () => {
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/atrium_tenancy')).toThrow(/Refusing/);
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/contest')).toThrow(/Refusing/);
    expect(() =>
      assertTestDatabase('postgres://postgres@127.0.0.1:5432/atrium_test_x_tenancy'),
    ).not.toThrow();
  });

  it('creates an empty database of its own and drops it', async () => {
    const database = await createTestDatabase('harness');
    expect(database.name).toMatch(/^atrium_test_[a-z0-9]+_harness$/);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.end();
    expect(rows[0]?.name).toBe(database.name);
    await database.drop();
    const admin = new Client({ connectionString: withDatabase(database.url, 'postgres') });
    await admin.connect();
    const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database.name]);
    await admin.end();
    expect(left.rowCount).toBe(0);
  });

  it('hands out free ports below the ephemeral range, where no outgoing connection can take them', async () => {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    for (let i = 0; i < 20; i += 1) {
      const port = await freePort();
      expect(port < low! || port > high!).toBe(true);
      // Free indeed: it can be listened on at once.
      const server = net.createServer();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
      });
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('never hands out one port twice to ports asked for together, as a platform asks for its eleven', async () => {
    const ports = await Promise.all(Array.from({ length: 100 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
  });

  it("draws a jest worker's ports from a slice of its own, so parallel test files never meet", async () => {
    const worker = Number(process.env.JEST_WORKER_ID);
    const slice = Math.floor(12_000 / 16);
    const first = 20_000 + ((worker - 1) % 16) * slice;
    for (let i = 0; i < 20; i += 1) {
      const port = await freePort();
      expect(port).toBeGreaterThanOrEqual(first);
      expect(port).toBeLessThan(first + slice);
    }
  });

  it('gives every call a different NATS namespace', () => {
    expect(testNamespace()).not.toBe(testNamespace());
    expect(testNamespace()).toMatch(/^t[a-z0-9]+$/);
  });
});
