import { randomUUID } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import { agencyFixture, agencyWithMember, expectStatus, type AgencyFixture, type NewAgency } from './fixture';

// Custom roles and the audit log through the real gateway and the real tenancy: a role's permissions
// reach its holders at once and leave them within seconds of an edit, and every write shows in the log
// with the request id the caller sent.
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
let lighthouse: AgencyFixture;

beforeAll(async () => {
  lighthouse = await agencyFixture(e2e.platform, { label: 'lighthouse', ownerName: 'Lea Owner' });
});

/**
 * An agency of its own for a test that gives, edits or deletes roles, so the roles, the members and
 * the audit log it looks at are its own.
 */
const ownerAndMember = () =>
  agencyWithMember(e2e.platform, {
    label: 'lighthouse',
    agencyName: 'Lighthouse Agency',
    ownerName: 'Lea Owner',
  });

/** The custom role "Client creators", which may add clients; answers its id. */
async function clientCreatorsRole(agency: NewAgency): Promise<string> {
  const role = await expectStatus(
    call('POST', '/v1/agency/roles', {
      token: agency.owner.accessToken,
      body: { name: 'Client creators', description: 'May add clients', permissions: ['clients:create'] },
    }),
    201,
    'creating the role',
  );
  return role.id;
}

test('a custom role is created, listed after the built-in roles and validated', async () => {
  const created = await call('POST', '/v1/agency/roles', {
    token: lighthouse.owner.accessToken,
    body: { name: 'Client creators', description: 'May add clients', permissions: ['clients:create'] },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({
    name: 'Client creators',
    permissions: ['clients:create'],
    builtIn: false,
    memberCount: 0,
  });
  const roleId = created.body.id;

  const listed = await call('GET', '/v1/agency/roles', { token: lighthouse.member.accessToken });
  expect(listed.status).toBe(200);
  expect(listed.body.items.map((role: { id: string; builtIn: boolean }) => [role.id, role.builtIn])).toEqual([
    ['owner', true],
    ['admin', true],
    ['member', true],
    [roleId, false],
  ]);

  const unknown = await call('POST', '/v1/agency/roles', {
    token: lighthouse.owner.accessToken,
    body: { name: 'Wizards', permissions: ['magic:cast'] },
  });
  expect(unknown.status).toBe(400);
  expect(unknown.body).toMatchObject({ code: 'validation_failed', fields: [{ field: 'permissions' }] });
  const taken = await call('POST', '/v1/agency/roles', {
    token: lighthouse.owner.accessToken,
    body: { name: 'CLIENT CREATORS', permissions: [] },
  });
  expect(taken.status).toBe(409);
  const builtIn = await call('PATCH', '/v1/agency/roles/admin', {
    token: lighthouse.owner.accessToken,
    body: { name: 'Boss' },
  });
  expect(builtIn.status).toBe(409);
  expect(builtIn.body).toMatchObject({ code: 'conflict', fields: [{ field: 'roleId' }] });
  const byMember = await call('POST', '/v1/agency/roles', {
    token: lighthouse.member.accessToken,
    body: { name: 'Mine', permissions: ['members:manage'] },
  });
  expect(byMember.status).toBe(403);
});

test('a member given the role can create clients, and loses it within seconds of an edit', async () => {
  const agency = await ownerAndMember();
  const { owner, member } = agency;
  const roleId = await clientCreatorsRole(agency);
  const before = await call('POST', '/v1/clients', {
    token: member.accessToken,
    body: { name: 'Too Early' },
  });
  expect(before.status).toBe(403);

  const assigned = await call('PATCH', `/v1/agency/members/${member.user.id}`, {
    token: owner.accessToken,
    body: { roleId },
  });
  expect(assigned.status).toBe(200);
  expect(assigned.body).toMatchObject({
    role: 'custom',
    customRole: { id: roleId, name: 'Client creators' },
  });
  const me = await call('GET', '/v1/me', { token: member.accessToken });
  expect(me.body).toMatchObject({
    role: 'custom',
    customRole: { id: roleId, name: 'Client creators' },
    permissions: ['clients:create'],
  });
  const created = await call('POST', '/v1/clients', {
    token: member.accessToken,
    body: { name: 'Created By Role' },
  });
  expect(created.status).toBe(201);

  const members = await call('GET', '/v1/agency/members', { token: owner.accessToken });
  expect(members.body.items.find((item: { userId: string }) => item.userId === member.user.id)).toMatchObject(
    {
      role: 'custom',
      customRole: { name: 'Client creators' },
    },
  );

  const edited = await call('PATCH', `/v1/agency/roles/${roleId}`, {
    token: owner.accessToken,
    body: { permissions: ['billing:read'] },
  });
  expect(edited.status).toBe(200);
  expect(edited.body).toMatchObject({ permissions: ['billing:read'], memberCount: 1 });
  await eventually(
    async () =>
      (await call('POST', '/v1/clients', { token: member.accessToken, body: { name: 'Too Late' } }))
        .status === 403
        ? true
        : undefined,
    3000,
    'the edited role to refuse creating clients',
  );
  await eventually(
    async () => {
      const answer = await call('GET', '/v1/me', { token: member.accessToken });
      return answer.body.permissions.join() === 'billing:read' ? true : undefined;
    },
    3000,
    'GET /v1/me to show the edited role',
  );
});

test('a role its members hold cannot be deleted: 409 role_in_use; once free, it goes', async () => {
  const agency = await ownerAndMember();
  const { owner, member } = agency;
  const roleId = await clientCreatorsRole(agency);
  await expectStatus(
    call('PATCH', `/v1/agency/members/${member.user.id}`, { token: owner.accessToken, body: { roleId } }),
    200,
    'giving the member the role',
  );
  const refused = await call('DELETE', `/v1/agency/roles/${roleId}`, { token: owner.accessToken });
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    code: 'role_in_use',
    detail: expect.stringContaining('1 member hold'),
  });
  const back = await call('PATCH', `/v1/agency/members/${member.user.id}`, {
    token: owner.accessToken,
    body: { role: 'member' },
  });
  expect(back.status).toBe(200);
  expect(back.body).toMatchObject({ role: 'member', customRole: null });
  const both = await call('PATCH', `/v1/agency/members/${member.user.id}`, {
    token: owner.accessToken,
    body: { role: 'admin', roleId },
  });
  expect(both.status).toBe(400);
  expect(both.body.fields).toEqual([expect.objectContaining({ field: 'role' })]);
  expect((await call('DELETE', `/v1/agency/roles/${roleId}`, { token: owner.accessToken })).status).toBe(204);
  expect((await call('DELETE', `/v1/agency/roles/${roleId}`, { token: owner.accessToken })).status).toBe(404);
});

test('the audit log lists writes with the caller’s request id, for owners only, and exports CSV', async () => {
  const agency = await ownerAndMember();
  const { owner, member } = agency;
  // A role's whole life, for the log to tell: created, edited, deleted.
  const roleId = await clientCreatorsRole(agency);
  await expectStatus(
    call('PATCH', `/v1/agency/roles/${roleId}`, {
      token: owner.accessToken,
      body: { permissions: ['billing:read'] },
    }),
    200,
    'editing the role',
  );
  await expectStatus(
    call('DELETE', `/v1/agency/roles/${roleId}`, { token: owner.accessToken }),
    204,
    'deleting the role',
  );
  const requestId = `e2e-${randomUUID()}`;
  const updated = await call('PATCH', '/v1/agency', {
    token: owner.accessToken,
    requestId,
    body: { currency: 'eur', timeZone: 'Europe/Lisbon', address: { country: 'pt' } },
  });
  expect(updated.status).toBe(200);
  expect(updated.body).toMatchObject({
    currency: 'EUR',
    timeZone: 'Europe/Lisbon',
    address: { country: 'PT' },
  });
  expect(updated.headers.get('x-request-id')).toBe(requestId);

  const listed = await call('GET', '/v1/audit-log?action=agency.updated', { token: owner.accessToken });
  expect(listed.status).toBe(200);
  expect(listed.body.items).toHaveLength(1);
  expect(listed.body.items[0]).toMatchObject({
    actor: { id: owner.user.id, kind: 'user', name: 'Lea Owner' },
    action: 'agency.updated',
    requestId,
    before: { currency: 'USD', timeZone: 'UTC', 'address.country': '' },
    after: { currency: 'EUR', timeZone: 'Europe/Lisbon', 'address.country': 'PT' },
  });

  const roles = await call('GET', '/v1/audit-log?action=role.*&limit=2', { token: owner.accessToken });
  expect(roles.body.items.map((item: { action: string }) => item.action)).toEqual([
    'role.deleted',
    'role.updated',
  ]);
  const next = await call('GET', `/v1/audit-log?action=role.*&limit=2&cursor=${roles.body.nextCursor}`, {
    token: owner.accessToken,
  });
  expect(next.body).toMatchObject({ items: [{ action: 'role.created' }], nextCursor: null });

  expect((await call('GET', '/v1/audit-log', { token: member.accessToken })).status).toBe(403);
  const backwards = await call('GET', '/v1/audit-log?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', {
    token: owner.accessToken,
  });
  expect(backwards.status).toBe(400);
  expect(backwards.body.fields).toEqual([expect.objectContaining({ field: 'from' })]);

  const csv = await call('GET', '/v1/audit-log/export.csv?action=role.*', { token: owner.accessToken });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe(
    'occurredAt,id,actorId,actorKind,actorName,actingAsClientId,action,targetType,targetId,clientId,requestId,before,after',
  );
  expect(lines.slice(1, -1).map((line) => line.split(',')[6])).toEqual([
    'role.deleted',
    'role.updated',
    'role.created',
  ]);
  expect(lines.at(-1)).toBe('');

  const everything = await call('GET', '/v1/audit-log/export.csv', {
    token: owner.accessToken,
    requestId: 'csv-1',
  });
  expect(everything.text).toContain(requestId);
  expect((await call('GET', '/v1/audit-log/export.csv', { token: member.accessToken })).status).toBe(403);
});
