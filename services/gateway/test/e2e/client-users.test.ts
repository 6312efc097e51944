import { randomBytes } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { callGateway, startPlatform, type Platform, type Answer } from './platform';

// Client users through the real gateway, identity, tenancy and notification: an agency sets up a
// client's primary user with a password or invites users by email, and those people reach their own
// client account, with their role, and nothing else of the agency.
jest.setTimeout(120_000);

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  await platform?.shutdown();
});

const call = (method: string, route: string, options?: Parameters<typeof callGateway>[3]): Promise<Answer> =>
  callGateway(platform, method, route, options);

async function login(email: string, password: string): Promise<string> {
  const answer = await call('POST', '/v1/auth/login', { body: { email, password } });
  expect(answer.status).toBe(200);
  return answer.body.accessToken as string;
}

const suffix = randomBytes(3).toString('hex');
const PRIMARY = { email: `petra-${suffix}@dental.test`, password: 'Molar-Lighthouse-58' };
let ownerToken: string;
let clientId: string;
let otherClientId: string;
let primaryToken: string;

test('the agency sets up a primary user with a password, who signs in to their own client only', async () => {
  const signedUp = await call('POST', '/v1/auth/signup', {
    body: {
      agencyName: 'Harbour Agency',
      name: 'Hana Owner',
      email: `hana-${suffix}@harbour.test`,
      password: 'Lantern-Harbour-77',
    },
  });
  expect(signedUp.status).toBe(201);
  ownerToken = signedUp.body.accessToken;
  clientId = (await call('POST', '/v1/clients', { token: ownerToken, body: { name: 'Contoso Dental' } })).body
    .id;
  otherClientId = (await call('POST', '/v1/clients', { token: ownerToken, body: { name: 'Fabrikam' } })).body
    .id;

  const created = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: { name: 'Petra Primary', email: PRIMARY.email, role: 'primary', password: PRIMARY.password },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({
    id: expect.any(String),
    clientId,
    email: PRIMARY.email,
    role: 'primary',
    status: 'active',
  });

  primaryToken = await login(PRIMARY.email, PRIMARY.password);
  const me = await call('GET', '/v1/me', { token: primaryToken });
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({
    role: 'client_user',
    permissions: [],
    clients: [{ clientId, role: 'primary', permissions: expect.arrayContaining(['users:manage']) }],
  });
  expect((await call('GET', `/v1/clients/${clientId}`, { token: primaryToken })).body.name).toBe(
    'Contoso Dental',
  );
  expect((await call('GET', `/v1/clients/${otherClientId}`, { token: primaryToken })).status).toBe(404);
  const listed = await call('GET', '/v1/clients', { token: primaryToken });
  expect(listed.body.items.map((client: { id: string }) => client.id)).toEqual([clientId]);
  const users = await call('GET', `/v1/clients/${clientId}/users`, { token: primaryToken });
  expect(users.status).toBe(200);
  expect(users.body.items).toEqual([expect.objectContaining({ id: created.body.id, status: 'active' })]);
  for (const path of ['/v1/agency', '/v1/agency/members', `/v1/clients/${clientId}/team`])
    expect((await call('GET', path, { token: primaryToken })).status).toBe(404);
  expect(
    (await call('PATCH', `/v1/clients/${clientId}`, { token: primaryToken, body: { name: 'Mine now' } }))
      .status,
  ).toBe(404);
});

test('a second primary is refused, and a weak password leaves nothing behind', async () => {
  const second = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: {
      name: 'Sam Second',
      email: `sam-${suffix}@dental.test`,
      role: 'primary',
      password: 'Another-Fine-Pass-91',
    },
  });
  expect(second.status).toBe(409);
  expect(second.body.code).toBe('primary_exists');

  const weakEmail = `walt-${suffix}@dental.test`;
  const weak = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: { name: 'Walt Weak', email: weakEmail, role: 'administrator', password: 'password123' },
  });
  expect(weak.status).toBe(400);
  expect(weak.body).toMatchObject({ code: 'validation_failed', fields: [{ field: 'password' }] });
  const users = await call('GET', `/v1/clients/${clientId}/users?q=walt`, { token: ownerToken });
  expect(users.body.items).toEqual([]);
  const retried = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: { name: 'Walt Weak', email: weakEmail, role: 'administrator', password: 'Sturdy-Walnut-Bridge-4' },
  });
  expect(retried.status).toBe(201);
});

test('an invited designer accepts by email, signs in and works with the role', async () => {
  const designerEmail = `dora-${suffix}@dental.test`;
  const invited = await call('POST', `/v1/clients/${clientId}/users`, {
    token: primaryToken,
    body: { name: 'Dora Designer', email: designerEmail, role: 'designer', position: 'Design lead' },
  });
  expect(invited.status).toBe(201);
  expect(invited.body).toMatchObject({ status: 'invited', position: 'Design lead' });
  const mail = await eventually(
    async () => (await platform.mail.messages()).find((message) => message.to.includes(designerEmail)),
    15_000,
    'the invitation email',
  );
  expect(mail.subject).toMatch(/invited/i);
  const created = await platform.eventOf(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.email === designerEmail,
  );
  expect(created.clientId).toBe(clientId);

  const accepted = await call('POST', '/v1/invitations/accept', {
    body: { token: created.token, password: 'Palette-Harbour-62' },
  });
  expect(accepted.status).toBe(200);
  expect(accepted.body).toMatchObject({ clientId, role: 'designer' });

  const designerToken = await login(designerEmail, 'Palette-Harbour-62');
  const me = await call('GET', '/v1/me', { token: designerToken });
  expect(me.body).toMatchObject({
    role: 'client_user',
    clients: [{ clientId, role: 'designer', permissions: ['templates:write'] }],
  });
  expect((await call('GET', `/v1/clients/${clientId}/users`, { token: designerToken })).status).toBe(200);
  const refused = await call('POST', `/v1/clients/${clientId}/users`, {
    token: designerToken,
    body: { name: 'Nope', email: `nope-${suffix}@dental.test`, role: 'read_only' },
  });
  expect(refused.status).toBe(403);

  const disabled = await call('PATCH', `/v1/clients/${clientId}/users/${invited.body.id}`, {
    token: primaryToken,
    body: { status: 'disabled' },
  });
  expect(disabled.status).toBe(200);
  expect((await call('GET', `/v1/clients/${clientId}`, { token: designerToken })).status).toBe(404);
  await eventually(
    async () => ((await call('GET', '/v1/me', { token: designerToken })).status === 404 ? true : undefined),
    10_000,
    'the disabled designer to lose /v1/me',
  );
});

test('a resent invitation kills the old link, and a cancelled one dies', async () => {
  const readerEmail = `rita-${suffix}@dental.test`;
  const invited = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: { name: 'Rita Reader', email: readerEmail, role: 'read_only' },
  });
  const first = await platform.eventOf(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.email === readerEmail,
  );
  const pending = await call('GET', `/v1/clients/${clientId}/invitations`, { token: primaryToken });
  expect(pending.body.items).toEqual([
    expect.objectContaining({ id: first.invitationId, clientUserId: invited.body.id, status: 'pending' }),
  ]);

  const resent = await call('POST', `/v1/clients/${clientId}/invitations/${first.invitationId}/resend`, {
    token: primaryToken,
  });
  expect(resent.status).toBe(200);
  const second = await platform.eventOf(
    'atrium.tenancy.v1.invitation.resent',
    (data) => data.email === readerEmail,
  );
  await eventually(
    async () => {
      const mails = (await platform.mail.messages()).filter((message) => message.to.includes(readerEmail));
      return mails.length >= 2 ? true : undefined;
    },
    15_000,
    'the resent invitation email',
  );
  const stale = await call('POST', '/v1/invitations/accept', {
    body: { token: first.token, password: 'Reader-Compass-55' },
  });
  expect(stale.status).toBe(410);

  const cancelled = await call('DELETE', `/v1/clients/${clientId}/invitations/${first.invitationId}`, {
    token: ownerToken,
  });
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.status).toBe('cancelled');
  const dead = await call('POST', '/v1/invitations/accept', {
    body: { token: second.token, password: 'Reader-Compass-55' },
  });
  expect(dead.status).toBe(410);
  const users = await call('GET', `/v1/clients/${clientId}/users?q=rita`, { token: ownerToken });
  expect(users.body.items).toEqual([expect.objectContaining({ status: 'invited' })]);

  const agencyInvitations = await call('GET', '/v1/agency/invitations', { token: ownerToken });
  expect(agencyInvitations.status).toBe(200);
  expect(agencyInvitations.body.items).toEqual([]);
  expect((await call('GET', '/v1/agency/invitations', { token: primaryToken })).status).toBe(404);
});
