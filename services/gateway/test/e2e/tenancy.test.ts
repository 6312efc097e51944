import { randomBytes } from 'node:crypto';
import { platformForTests } from './platform';
import { agencyFixture, agencyWithMember, createClient, type AgencyFixture } from './fixture';

// The agency side of tenancy through the real gateway and the real tenancy: agency, members and clients as an
// agency meets them, with the JSON each route sends reaching tenancy's rules intact.
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
let harbour: AgencyFixture;

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, { label: 'harbour' });
});

const ownerAndMember = () => agencyWithMember(e2e.platform, { label: 'harbour' });

test('an owner signs up and invites a member, who joins as a member', async () => {
  expect((await call('GET', '/v1/me', { token: harbour.member.accessToken })).body.role).toBe('member');
});

test('the permission catalogue is served to any member', async () => {
  const answer = await call('GET', '/v1/permissions', { token: harbour.member.accessToken });
  expect(answer.status).toBe(200);
  expect(answer.body.agencyPermissions.map((permission: { name: string }) => permission.name)).toContain(
    'clients:read_all',
  );
  expect(answer.body.agencyRoles.map((role: { name: string }) => role.name)).toEqual([
    'owner',
    'admin',
    'member',
  ]);
});

test('the owner brands the agency; the login page reads it without a token; a member may not', async () => {
  const slug = `harbour-${randomBytes(3).toString('hex')}`;
  const branded = await call('PATCH', '/v1/agency', {
    token: harbour.owner.accessToken,
    body: { displayName: 'Harbour', primaryColor: '#0A84FF', loginSlug: slug },
  });
  expect(branded.status).toBe(200);
  expect(branded.body).toMatchObject({ name: 'Harbour Agency', primaryColor: '#0a84ff', loginSlug: slug });
  const page = await call('GET', `/v1/public/branding/${slug}`);
  expect(page.status).toBe(200);
  expect(page.body).toMatchObject({ displayName: 'Harbour', primaryColor: '#0a84ff', logoUrl: null });
  const refused = await call('PATCH', '/v1/agency', {
    token: harbour.member.accessToken,
    body: { name: 'Mine' },
  });
  expect(refused.status).toBe(403);
  const cleared = await call('PATCH', '/v1/agency', {
    token: harbour.owner.accessToken,
    body: { displayName: null },
  });
  expect(cleared.body.displayName).toBeNull();
  expect((await call('GET', `/v1/public/branding/${slug}`)).body.displayName).toBe('Harbour Agency');
});

test('a client is created with every field, changed in part, switched off and on', async () => {
  // An agency of its own: the home page's counts are this test's client and people only.
  const { owner, member } = await ownerAndMember();
  const field = await call('PUT', '/v1/agency/custom-fields/crm_id', {
    token: owner.accessToken,
    body: { label: 'CRM id' },
  });
  expect(field.status).toBe(200);
  const created = await call('POST', '/v1/clients', {
    token: owner.accessToken,
    body: {
      name: 'Blue Bottle',
      tags: ['Coffee'],
      accountManagerId: member.user.id,
      customProperties: { crm_id: 'CRM-1' },
      companyProfile: {
        legalName: 'Blue Bottle Ltd',
        street: '1 Quay',
        city: 'Leeds',
        postalCode: 'LS1',
        country: 'gb',
      },
      profileContact: { name: 'Bea', email: 'bea@bluebottle.test' },
      billingMode: 'client_card',
      renewalDate: '2030-01-31',
      settings: { adsEnabled: false },
    },
  });
  expect(created.status).toBe(201);
  const clientId = created.body.id;
  expect(created.body).toMatchObject({
    tags: ['coffee'],
    accountManagerId: member.user.id,
    customProperties: { crm_id: 'CRM-1' },
    companyProfile: { country: 'GB' },
    companyProfileComplete: true,
    billingMode: 'client_card',
    settings: { adsEnabled: false, directSupport: false, emailSendLimitPerMonth: null },
  });

  const changed = await call('PATCH', `/v1/clients/${clientId}`, {
    token: owner.accessToken,
    body: { companyProfile: { street: null }, accountManagerId: null, description: 'Roasters' },
  });
  expect(changed.status).toBe(200);
  expect(changed.body).toMatchObject({
    description: 'Roasters',
    accountManagerId: null,
    companyProfile: { legalName: 'Blue Bottle Ltd', street: null, city: 'Leeds' },
    companyProfileComplete: false,
    customProperties: { crm_id: 'CRM-1' },
  });
  const limit = await call('PATCH', `/v1/clients/${clientId}`, {
    token: owner.accessToken,
    body: { settings: { emailSendLimitPerMonth: 1000 } },
  });
  expect(limit.status).toBe(409);
  expect(limit.body).toMatchObject({ code: 'limits_not_allowed' });
  const unknownKey = await call('PATCH', `/v1/clients/${clientId}`, {
    token: owner.accessToken,
    body: { customProperties: { nickname: 'BB' } },
  });
  expect(unknownKey.status).toBe(400);
  expect(unknownKey.body.fields.map((problem: { field: string }) => problem.field)).toEqual([
    'customProperties.nickname',
  ]);

  const off = await call('POST', `/v1/clients/${clientId}/deactivate`, { token: owner.accessToken });
  expect(off.body.status).toBe('inactive');
  const inactive = await call('GET', '/v1/clients?status=inactive&tag=coffee&sort=name', {
    token: owner.accessToken,
  });
  expect(inactive.body.items.map((client: { id: string }) => client.id)).toEqual([clientId]);
  const on = await call('POST', `/v1/clients/${clientId}/reactivate`, { token: owner.accessToken });
  expect(on.body.status).toBe('active');
  const home = await call('GET', '/v1/agency/home', { token: owner.accessToken });
  expect(home.body).toMatchObject({ activeClients: 1, inactiveClients: 0, members: 2 });
});

test('a member sees only clients it may enter: another client answers 404', async () => {
  expect(
    (await call('GET', `/v1/clients/${harbour.client.id}`, { token: harbour.member.accessToken })).status,
  ).toBe(404);
  const list = await call('GET', '/v1/clients', { token: harbour.member.accessToken });
  expect(list.body.items).toEqual([]);
});

test('a new role shows in GET /v1/me at once, and ownership passes to the member', async () => {
  const { owner, member } = await ownerAndMember();
  const promoted = await call('PATCH', `/v1/agency/members/${member.user.id}`, {
    token: owner.accessToken,
    body: { role: 'admin' },
  });
  expect(promoted.status).toBe(200);
  expect((await call('GET', '/v1/me', { token: member.accessToken })).body.role).toBe('admin');
  const ownerRole = await call('PATCH', `/v1/agency/members/${owner.user.id}`, {
    token: owner.accessToken,
    body: { role: 'member' },
  });
  expect(ownerRole.status).toBe(409);

  const transferred = await call('POST', '/v1/agency/ownership', {
    token: owner.accessToken,
    body: { newOwnerId: member.user.id },
  });
  expect(transferred.status).toBe(200);
  expect(transferred.body).toMatchObject({ previousOwner: { role: 'admin' }, newOwner: { role: 'owner' } });
  expect((await call('GET', '/v1/me', { token: owner.accessToken })).body.role).toBe('admin');
  expect((await call('GET', '/v1/me', { token: member.accessToken })).body.role).toBe('owner');
});

test('removing the former owner, who owns a client, needs someone to take the client over', async () => {
  const agency = await ownerAndMember();
  const { owner, member } = agency;
  const client = await createClient(e2e.platform, agency, { name: 'Blue Bottle' });
  const transferred = await call('POST', '/v1/agency/ownership', {
    token: owner.accessToken,
    body: { newOwnerId: member.user.id },
  });
  expect(transferred.status).toBe(200);

  const refused = await call('DELETE', `/v1/agency/members/${owner.user.id}`, { token: member.accessToken });
  expect(refused.status).toBe(409);
  const removed = await call(
    'DELETE',
    `/v1/agency/members/${owner.user.id}?transferClientsTo=${member.user.id}`,
    {
      token: member.accessToken,
    },
  );
  expect(removed.status).toBe(200);
  expect(removed.body).toEqual({ transferredClientIds: [client.id] });
  expect((await call('GET', '/v1/me', { token: owner.accessToken })).status).toBe(404);
  const members = await call('GET', '/v1/agency/members', { token: member.accessToken });
  expect(members.body.items.map((person: { userId: string }) => person.userId)).toEqual([member.user.id]);
});

test('a POST retried with its Idempotency-Key creates one client and answers the first answer again', async () => {
  const { owner } = harbour;
  const suffix = randomBytes(3).toString('hex');
  const key = randomBytes(16).toString('hex');
  const send = () =>
    call('POST', '/v1/clients', {
      token: owner.accessToken,
      headers: { 'idempotency-key': key },
      body: { name: `Retried Roasters ${suffix}` },
    });
  const first = await send();
  const again = await send();
  expect([first.status, again.status]).toEqual([201, 201]);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  expect(again.body).toEqual(first.body);
  const listed = await call('GET', `/v1/clients?q=${encodeURIComponent(`Retried Roasters ${suffix}`)}`, {
    token: owner.accessToken,
  });
  expect(listed.body.items).toHaveLength(1);
});
