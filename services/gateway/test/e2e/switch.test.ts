import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import {
  agencyFixture,
  createClient,
  expectStatus,
  signIn,
  type AgencyFixture,
  type ClientOfAgency,
} from './fixture';

// "Log in to client" through the real gateway, identity and tenancy: the switch token, where it is
// accepted, what the audit log keeps of its use, and that it ends with the session it came from.
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
let lighthouse: AgencyFixture;
let otherClient: ClientOfAgency;

beforeAll(async () => {
  lighthouse = await agencyFixture(e2e.platform, { label: 'lighthouse' });
  otherClient = await createClient(e2e.platform, lighthouse, { name: 'Harbour Hotel' });
});

/** The switch token of a session (an access token) into a client. */
async function switchInto(clientId: string, accessToken: string): Promise<string> {
  const answer = await expectStatus(
    call('POST', `/v1/clients/${clientId}/switch`, { token: accessToken }),
    200,
    'switching into the client',
  );
  return answer.accessToken;
}

interface AuditRow {
  actor_id: string;
  actor_kind: string;
  acting_as_client_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  client_id: string | null;
  request_id: string | null;
}

/** Tenancy's audit entries of one request, read straight from its database. */
async function auditOfRequest(requestId: string): Promise<AuditRow[]> {
  const db = new Client({ connectionString: e2e.platform.databaseUrl('tenancy') });
  await db.connect();
  try {
    const { rows } = await db.query<AuditRow>(
      `SELECT actor_id, actor_kind, acting_as_client_id, action, target_type, target_id, client_id, request_id
         FROM audit_entries WHERE request_id = $1 ORDER BY action`,
      [requestId],
    );
    return rows;
  } finally {
    await db.end();
  }
}

test('the owner switches into a client and gets a 30-minute token for that client', async () => {
  const { owner, client } = lighthouse;
  const before = Date.now();
  const answer = await call('POST', `/v1/clients/${client.id}/switch`, { token: owner.accessToken });
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    accessToken: expect.any(String),
    tokenType: 'Bearer',
    expiresAt: expect.any(String),
    clientId: client.id,
  });
  const after = Date.now();
  // Signed somewhere between before and after: at least 29 minutes left, never more than 30.
  const expiresAt = new Date(answer.body.expiresAt).getTime();
  expect(expiresAt - before).toBeGreaterThan(29 * 60_000);
  expect(expiresAt - after).toBeLessThanOrEqual(30 * 60_000);
  const claims = JSON.parse(Buffer.from(answer.body.accessToken.split('.')[1], 'base64url').toString());
  expect(claims.exp - claims.iat).toBeLessThanOrEqual(30 * 60);
});

test('a write through the switch token is audited with the owner as actor, acting as the client', async () => {
  // A client of its own: the test renames it.
  const { owner } = lighthouse;
  const { id: clientId } = await createClient(e2e.platform, lighthouse, { name: 'Seaside Bakery' });
  const switchToken = await switchInto(clientId, owner.accessToken);
  const requestId = `switch-e2e-${randomUUID()}`;
  const answer = await call('PATCH', `/v1/clients/${clientId}`, {
    token: switchToken,
    requestId,
    body: { name: 'Seaside Bakery & Café' },
  });
  expect(answer.status).toBe(200);
  expect(answer.body.name).toBe('Seaside Bakery & Café');

  const entries = await eventually(
    async () => {
      const rows = await auditOfRequest(requestId);
      return rows.some((row) => row.action === 'client.switch_action') ? rows : undefined;
    },
    10_000,
    'the audit entries of the request',
  );
  const common = {
    actor_id: owner.user.id,
    actor_kind: 'user',
    acting_as_client_id: clientId,
    request_id: requestId,
  };
  expect(entries).toEqual([
    expect.objectContaining({
      ...common,
      action: 'client.switch_action',
      target_type: 'route',
      target_id: 'PATCH /v1/clients/{id}',
      client_id: clientId,
    }),
    expect.objectContaining({ ...common, action: 'client.updated', target_id: clientId }),
  ]);
});

test('the switch token reads its client and /v1/me, and nothing outside the client', async () => {
  const { owner, client } = lighthouse;
  const clientId = client.id;
  const switchToken = await switchInto(clientId, owner.accessToken);
  expect((await call('GET', `/v1/clients/${clientId}`, { token: switchToken })).status).toBe(200);
  expect((await call('GET', `/v1/clients/${clientId}/team`, { token: switchToken })).status).toBe(200);
  const me = await call('GET', '/v1/me', { token: switchToken });
  expect(me.status).toBe(200);
  expect(me.body.user.id).toBe(owner.user.id);

  const list = await call('GET', '/v1/clients', { token: switchToken });
  expect(list.status).toBe(403);
  expect(list.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('scoped to client') });
  // Another client of the same agency answers as one the token may not enter: 404, existence hidden.
  const other = await call('GET', `/v1/clients/${otherClient.id}`, { token: switchToken });
  expect([other.status, other.body.code]).toEqual([404, 'not_found']);
  expect((await call('GET', '/v1/agency', { token: switchToken })).status).toBe(403);
  expect((await call('POST', `/v1/clients/${clientId}/switch`, { token: switchToken })).status).toBe(403);
});

test('a member who may not enter the client cannot switch into it (404)', async () => {
  const { member, client } = lighthouse;
  const answer = await call('POST', `/v1/clients/${client.id}/switch`, { token: member.accessToken });
  expect(answer.status).toBe(404);
  expect(answer.body.code).toBe('not_found');
});

test('after logout the switch token is refused, as soon as the revocation reaches the gateway', async () => {
  // A session of its own to log out, so the fixture's owner stays signed in for the other tests.
  const session = await signIn(e2e.platform, lighthouse.owner);
  const clientId = lighthouse.client.id;
  const switchToken = await switchInto(clientId, session.accessToken);
  expect((await call('GET', `/v1/clients/${clientId}`, { token: switchToken })).status).toBe(200);
  expect((await call('POST', '/v1/auth/logout', { token: session.accessToken })).status).toBe(204);
  const refused = await eventually(
    async () => {
      const answer = await call('GET', `/v1/clients/${clientId}`, { token: switchToken });
      return answer.status === 401 ? answer : undefined;
    },
    5_000,
    'the switch token to be refused',
  );
  expect(refused.body.code).toBe('unauthenticated');
});
