import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '@atrium/db';
import { createTestDatabase, type TestDatabase } from '@atrium/testing';
import { Client } from 'pg';
import { MIGRATIONS_DIR } from '../src/app';

let database: TestDatabase;
let client: Client;

beforeAll(async () => {
  database = await createTestDatabase('identity_upgrade');
  client = new Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

it('keeps sessions opened before the security migration: their refresh token moves to refresh_tokens', async () => {
  const initOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-init-'));
  fs.cpSync(path.join(MIGRATIONS_DIR, '20261123000000_init'), path.join(initOnly, '20261123000000_init'), {
    recursive: true,
  });
  await migrate({ databaseUrl: database.url, migrationsDir: initOnly });
  fs.rmSync(initOnly, { recursive: true, force: true });
  const userId = randomUUID();
  const sessionId = randomUUID();
  const expiresAt = new Date(Date.now() + 86_400_000);
  await client.query(
    `INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'old@example.test', 'Old', 'x')`,
    [userId],
  );
  await client.query(
    `INSERT INTO sessions (id, user_id, refresh_token_hash, expires_at) VALUES ($1, $2, 'old-token-hash', $3)`,
    [sessionId, userId, expiresAt],
  );

  const { applied } = await migrate({ databaseUrl: database.url, migrationsDir: MIGRATIONS_DIR });

  expect(applied[0]).toBe('20261123120000_security');
  const { rows } = await client.query(
    'SELECT token_hash, session_id, expires_at, used_at FROM refresh_tokens',
  );
  expect(rows).toEqual([
    { token_hash: 'old-token-hash', session_id: sessionId, expires_at: expiresAt, used_at: null },
  ]);
  const columns = await client.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'sessions' AND column_name = 'refresh_token_hash'`,
  );
  expect(columns.rows).toEqual([]);
  const user = await client.query('SELECT phone, position, avatar FROM users WHERE id = $1', [userId]);
  expect(user.rows).toEqual([{ phone: '', position: '', avatar: null }]);
});
