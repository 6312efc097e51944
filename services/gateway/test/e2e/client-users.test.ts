import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import {
  addClientUser,
  agencyFixture,
  createClient,
  signIn,
  signUpAgency,
  type AgencyFixture,
} from './fixture';

// Client users through the real gateway, identity, tenancy and notification: an agency sets up a
// client's primary user with a password or invites users by email, and those people reach their own
// client account, with their role, and nothing else of the agency.
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
let harbour: AgencyFixture;

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, { label: 'harbour' });
});

/** The access token of a new session, signed in with the password. */
const login = async (email: string, password: string) =>
  (await signIn(e2e.platform, { user: { email }, password })).accessToken;

test('the agency sets up a primary user with a password, who signs in to their own client only', async () => {
  // A client of its own, whose only user is the primary set up here; the fixture's is the other client.
  const ownerToken = harbour.owner.accessToken;
  const { id: clientId } = await createClient(e2e.platform, harbour, { name: 'Seaside Dental' });
  const otherClientId = harbour.client.id;
  const primary = { email: harbour.email('petra'), password: 'Molar-Lighthouse-58' };

  const created = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: { name: 'Petra Primary', email: primary.email, role: 'primary', password: primary.password },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({
    id: expect.any(String),
    clientId,
    email: primary.email,
    role: 'primary',
    status: 'active',
  });

  const primaryToken = await login(primary.email, primary.password);
  const me = await call('GET', '/v1/me', { token: primaryToken });
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({
    role: 'client_user',
    permissions: [],
    clients: [{ clientId, role: 'primary', permissions: expect.arrayContaining(['users:manage']) }],
  });
  expect((await call('GET', `/v1/clients/${clientId}`, { token: primaryToken })).body.name).toBe(
    'Seaside Dental',
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
  // The fixture's client has its primary already.
  const ownerToken = harbour.owner.accessToken;
  const clientId = harbour.client.id;
  const second = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: {
      name: 'Sam Second',
      email: harbour.email('sam'),
      role: 'primary',
      password: 'Another-Fine-Pass-91',
    },
  });
  expect(second.status).toBe(409);
  expect(second.body.code).toBe('primary_exists');

  const weakEmail = harbour.email('walt');
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
  // A designer of its own, invited by the fixture's primary and disabled at the end.
  const clientId = harbour.client.id;
  const primaryToken = harbour.clientUsers.primary.accessToken;
  const designerEmail = harbour.email('dana');
  const invited = await call('POST', `/v1/clients/${clientId}/users`, {
    token: primaryToken,
    body: { name: 'Dana Designer', email: designerEmail, role: 'designer', position: 'Design lead' },
  });
  expect(invited.status).toBe(201);
  expect(invited.body).toMatchObject({ status: 'invited', position: 'Design lead' });
  const mail = await eventually(
    async () => (await e2e.platform.mail.messages()).find((message) => message.to.includes(designerEmail)),
    15_000,
    'the invitation email',
  );
  expect(mail.subject).toMatch(/invited/i);
  const created = await e2e.platform.eventOf(
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
    body: { name: 'Nope', email: harbour.email('nope'), role: 'read_only' },
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
  // An agency of its own: its invitation lists hold this test's one invitation and nothing else.
  const dental = await signUpAgency(e2e.platform, { label: 'dental' });
  const { id: clientId } = await createClient(e2e.platform, dental, { name: 'Contoso Dental' });
  const ownerToken = dental.owner.accessToken;
  const primaryToken = (await addClientUser(e2e.platform, dental, clientId, 'primary')).accessToken;
  const readerEmail = dental.email('rita');
  const invited = await call('POST', `/v1/clients/${clientId}/users`, {
    token: ownerToken,
    body: { name: 'Rita Reader', email: readerEmail, role: 'read_only' },
  });
  const first = await e2e.platform.eventOf(
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
  const second = await e2e.platform.eventOf(
    'atrium.tenancy.v1.invitation.resent',
    (data) => data.email === readerEmail,
  );
  await eventually(
    async () => {
      const mails = (await e2e.platform.mail.messages()).filter((message) =>
        message.to.includes(readerEmail),
      );
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
