import {
  fieldsOf,
  invite,
  newPerson,
  problemOf,
  signUp,
  startHarness,
  type Harness,
  type SignedUpPerson,
} from './support';

let harness: Harness;
let owner: SignedUpPerson;
let clientId: string;

beforeAll(async () => {
  harness = await startHarness('client_user_provisioning');
  owner = await signUp(harness);
  const { client } = await harness.tenancy.CreateClient({ name: 'Contoso Dental' }, { actor: owner.actor });
  clientId = client!.id;
});

afterAll(async () => {
  await harness?.stop();
});

/** Tenancy's half of "create a client user with a password": the user and a token for identity. */
async function clientUserWithPassword(person: { email: string; name: string }, role = 'designer') {
  const created = await harness.tenancy.CreateClientUser(
    { clientId, name: person.name, email: person.email, role, withPassword: true },
    { actor: owner.actor },
  );
  return { clientUserId: created.clientUser!.id, token: created.invitationToken };
}

const provision = (token: string, password: string, name = '') =>
  harness.identity.ProvisionInvitedUser({ token, name, password });

const login = (email: string, password: string) =>
  harness.identity.Login({ email, password, userAgent: 'jest', ip: '192.0.2.9' });

describe('provisioning a client user with the password the agency chose', () => {
  it('creates the identity with that password, gives it the client role and opens no session', async () => {
    const person = newPerson('Petra Primary');
    const { clientUserId, token } = await clientUserWithPassword(person, 'primary');
    const since = harness.events.length;

    expect(await provision(token, person.password)).toEqual({ clientId, role: 'primary' });

    const user = await harness.db.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user).toMatchObject({ name: 'Petra Primary', defaultAgencyId: owner.agencyId });
    expect(await harness.db.session.count({ where: { userId: user.id } })).toBe(0);
    const registered = await harness.nextEvent(
      'atrium.identity.v1.user.registered',
      (data) => data.userId === user.id,
      since,
    );
    expect(registered.data).toMatchObject({ agencyId: owner.agencyId });

    const signedIn = await login(person.email, person.password);
    expect(signedIn.agency).toEqual({ id: owner.agencyId, name: expect.any(String) });
    const actor = { userId: user.id, agencyId: owner.agencyId };
    const access = await harness.tenancy.GetAccess(actor, { actor });
    expect(access).toMatchObject({
      role: 'client_user',
      permissions: [],
      clients: [{ clientId, role: 'primary' }],
    });
    const users = await harness.tenancy.ListClientUsers({ clientId }, { actor: owner.actor });
    expect(users.clientUsers.find((item) => item.id === clientUserId)).toMatchObject({
      status: 'active',
      identityUserId: user.id,
    });
    expect(await problemOf(provision(token, person.password))).toMatchObject({ code: 'invalid_token' });
  });

  it('refuses a weak password, naming it, and creates nothing', async () => {
    const person = newPerson('Walt Weak');
    const { token } = await clientUserWithPassword(person);
    expect(await fieldsOf(provision(token, 'password123'))).toEqual(['password']);
    expect(await fieldsOf(provision(token, 'short'))).toEqual(['password']);
    expect(await harness.db.user.count({ where: { email: person.email } })).toBe(0);
    // The token is still good: nothing was spent.
    expect((await harness.tenancy.ResolveInvitation({ token })).invitation?.email).toBe(person.email);
  });

  it('leaves an existing identity its own password, answering the same, and gives it the client role', async () => {
    const elsewhere = await signUp(harness, newPerson('Erin Elsewhere'));
    const { token } = await clientUserWithPassword({ email: elsewhere.email, name: 'Erin' }, 'read_only');
    expect(await fieldsOf(provision(token, 'password123'))).toEqual(['password']);

    expect(await provision(token, 'Agency-Chosen-Secret-42')).toEqual({ clientId, role: 'read_only' });

    expect(await problemOf(login(elsewhere.email, 'Agency-Chosen-Secret-42'))).toMatchObject({
      code: 'invalid_credentials',
    });
    const own = await login(elsewhere.email, elsewhere.password);
    // Still signs in to their own agency by default.
    expect(own.agency?.id).toBe(elsewhere.agencyId);
    const actor = { userId: elsewhere.userId, agencyId: owner.agencyId };
    expect(await harness.tenancy.GetAccess(actor, { actor })).toMatchObject({
      role: 'client_user',
      clients: [{ clientId, role: 'read_only', permissions: [] }],
    });
  });

  it('spends only client invitations', async () => {
    const person = newPerson('Mia Member');
    const token = await invite(harness, owner, person, 'member');
    expect(await problemOf(provision(token, person.password))).toMatchObject({ code: 'invalid_token' });
    expect(await problemOf(provision('no-such-token', person.password))).toMatchObject({
      code: 'invalid_token',
    });
  });
});

describe('accepting a client invitation', () => {
  it('works as for an agency invitation: a new identity, the client role and a session in the agency', async () => {
    const person = newPerson('Ivan Invited');
    const created = await harness.tenancy.CreateClientUser(
      { clientId, name: person.name, email: person.email, role: 'administrator', sendInvitation: true },
      { actor: owner.actor },
    );
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === created.invitation!.id,
    );
    const accepted = await harness.identity.AcceptInvitation({
      token: String(event.data.token),
      name: '',
      password: person.password,
      userAgent: 'jest',
      ip: '',
    });
    expect(accepted).toMatchObject({
      user: { email: person.email, name: 'Ivan Invited' },
      agency: { id: owner.agencyId },
      clientId,
      role: 'administrator',
    });
    const actor = { userId: accepted.user!.id, agencyId: owner.agencyId };
    expect((await harness.tenancy.GetClient({ clientId }, { actor })).client?.id).toBe(clientId);
  });
});
