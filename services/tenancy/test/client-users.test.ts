import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { violatedClientUserIndex } from '../src/store/client-users';
import { createDb, type Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_client_users');
});

afterAll(async () => {
  await harness?.stop();
});

type Person = Actor & { agencyId: string };

async function newClient(agency: TestAgency, name = 'Contoso Dental'): Promise<tenancy.Client__Output> {
  const { client } = await harness.client.CreateClient({ name }, { actor: agency.owner });
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

function email(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@customer.example`;
}

interface CreateOptions {
  role?: string;
  email?: string;
  name?: string;
  withPassword?: boolean;
  sendInvitation?: boolean;
  position?: string;
}

function create(actor: Person, clientId: string, options: CreateOptions = {}) {
  return harness.client.CreateClientUser(
    {
      clientId,
      name: options.name ?? 'Cora Customer',
      email: options.email ?? email('cora'),
      role: options.role ?? 'administrator',
      position: options.position ?? '',
      phone: '',
      withPassword: options.withPassword ?? false,
      sendInvitation: options.sendInvitation ?? false,
    },
    { actor },
  );
}

/**
 * Adds a client user with an emailed invitation and claims it as a new identity, as identity's
 * accept-invitation would: the person is then an active user of the client.
 */
async function joinedUser(
  agency: TestAgency,
  clientId: string,
  role: string,
): Promise<{ person: Person; clientUser: tenancy.ClientUser__Output }> {
  const address = email(role);
  const created = await create(agency.owner, clientId, { role, email: address, sendInvitation: true });
  const event = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === created.invitation?.id,
  );
  const userId = randomUUID();
  await harness.client.ClaimInvitation({
    token: String(event.data.token),
    userId,
    userName: 'Cora Customer',
    userEmail: address,
  });
  return { person: { userId, agencyId: agency.agencyId }, clientUser: created.clientUser! };
}

describe('creating client users', () => {
  it('adds an invited user, emails the invitation for the client and announces the user', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const address = email('ada');
    const created = await create(agency.owner, client.id, {
      role: 'primary',
      email: `  ${address.toUpperCase()} `,
      name: ' Ada Primary ',
      position: 'CEO',
      sendInvitation: true,
    });
    expect(created.clientUser).toMatchObject({
      id: expect.any(String),
      agencyId: agency.agencyId,
      clientId: client.id,
      identityUserId: '',
      name: 'Ada Primary',
      email: address,
      position: 'CEO',
      role: 'primary',
      status: 'invited',
      lastActivityAt: '',
    });
    expect(created.invitationToken).toBe('');
    expect(created.invitation).toMatchObject({
      clientId: client.id,
      clientUserId: created.clientUser!.id,
      role: 'primary',
      status: 'pending',
    });
    const invited = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === created.invitation!.id,
    );
    expect(invited.data).toMatchObject({ clientId: client.id, email: address, role: 'primary' });
    const announced = await harness.nextEvent(
      'atrium.tenancy.v1.client_user.created',
      (data) => data.clientId === client.id,
    );
    expect(announced.data).toMatchObject({
      agencyId: agency.agencyId,
      clientUser: { id: created.clientUser!.id, role: 'primary', status: 'invited' },
      createdBy: agency.ownerId,
    });
  });

  it('answers the token instead of emailing it when the agency sets the password', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const created = await create(agency.owner, client.id, { role: 'primary', withPassword: true });
    expect(created.invitationToken).toMatch(/^[\w-]{43}$/);
    const resolved = await harness.client.ResolveInvitation({ token: created.invitationToken });
    expect(resolved.invitation).toMatchObject({ clientId: client.id, role: 'primary' });
    // The link is for the agency's next call only.
    expect(Date.parse(resolved.invitation!.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    await harness.nextEvent('atrium.tenancy.v1.client_user.created', (data) => data.clientId === client.id);
    expect(
      harness.events.some(
        (event) => event.type === 'atrium.tenancy.v1.invitation.created' && event.data.clientId === client.id,
      ),
    ).toBe(false);

    await harness.client.DiscardClientUser(
      { clientId: client.id, userId: created.clientUser!.id },
      { actor: agency.owner },
    );
    expect(await problem(harness.client.ResolveInvitation({ token: created.invitationToken }))).toMatchObject(
      {
        code: 'not_found',
      },
    );
    const again = await create(agency.owner, client.id, {
      role: 'primary',
      email: created.clientUser!.email,
    });
    expect(again.clientUser).toMatchObject({ role: 'primary' });
  });

  it('refuses a password together with sending the invitation, and names every bad field', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    expect(
      await problem(
        harness.client.CreateClientUser(
          {
            clientId: client.id,
            name: '',
            email: 'not-an-email',
            role: 'owner',
            position: 'x'.repeat(121),
            phone: 'call me',
            withPassword: true,
            sendInvitation: true,
          },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [
        { field: 'name', message: expect.any(String) },
        { field: 'email', message: expect.any(String) },
        { field: 'role', message: expect.any(String) },
        { field: 'position', message: expect.any(String) },
        { field: 'phone', message: expect.any(String) },
        { field: 'sendInvitation', message: expect.any(String) },
      ],
    });
  });

  it('refuses a password, which only identity takes, and creates no user', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    expect(
      await problem(
        harness.client.CreateClientUser(
          {
            clientId: client.id,
            name: 'Petra Primary',
            email: email('petra'),
            role: 'primary',
            withPassword: true,
            password: 'Molar-Lighthouse-58',
          },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'password' }] });
    const { clientUsers } = await harness.client.ListClientUsers(
      { clientId: client.id },
      { actor: agency.owner },
    );
    expect(clientUsers).toEqual([]);
  });

  it('allows one primary per client', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const other = await newClient(agency, 'Other Client');
    await create(agency.owner, client.id, { role: 'primary' });
    expect(await problem(create(agency.owner, client.id, { role: 'primary' }))).toMatchObject({
      code: 'primary_exists',
    });
    expect((await create(agency.owner, other.id, { role: 'primary' })).clientUser?.role).toBe('primary');
  });

  it('lets exactly one of several concurrent primaries in', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => create(agency.owner, client.id, { role: 'primary' })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refusals = await Promise.all(
      outcomes
        .filter((outcome) => outcome.status === 'rejected')
        .map((outcome) => problem(Promise.reject((outcome as PromiseRejectedResult).reason))),
    );
    expect(refusals.map((refusal) => refusal.code)).toEqual(Array(5).fill('primary_exists'));
    const page = await harness.client.ListClientUsers({ clientId: client.id }, { actor: agency.owner });
    expect(page.clientUsers.map((user) => user.role)).toEqual(['primary']);
  });

  it('tells the one-primary index from the email index when a write that skipped the checks hits one', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const { clientUser } = await create(agency.owner, client.id, { role: 'primary' });
    const insert = (fields: { email: string; role: string }) =>
      inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
        tx.clientUser.create({
          data: {
            id: randomUUID(),
            agencyId: agency.agencyId,
            clientId: client.id,
            name: 'Racer',
            ...fields,
          },
        }),
      ).then(
        () => null,
        (error: unknown) => violatedClientUserIndex(error),
      );
    expect(await insert({ email: email('racer'), role: 'primary' })).toBe('primary');
    expect(await insert({ email: clientUser!.email, role: 'designer' })).toBe('email');
  });

  it('refuses an email already used in the same client only, whatever its case', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const other = await newClient(agency, 'Other Client');
    const address = email('shared');
    await create(agency.owner, client.id, { email: address });
    expect(await problem(create(agency.owner, client.id, { email: address.toUpperCase() }))).toMatchObject({
      code: 'email_in_use',
    });
    expect((await create(agency.owner, other.id, { email: address })).clientUser?.email).toBe(address);
    const elsewhere = await newAgency(harness, 'Elsewhere Agency');
    const theirs = await newClient(elsewhere);
    expect((await create(elsewhere.owner, theirs.id, { email: address })).clientUser?.email).toBe(address);
  });

  it('answers email_in_use to concurrent creations with one email', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const address = email('twin');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () => create(agency.owner, client.id, { email: address })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes.filter((item) => item.status === 'rejected'))
      expect(await problem(Promise.reject((outcome as PromiseRejectedResult).reason))).toMatchObject({
        code: 'email_in_use',
      });
  });
});

describe('who may manage and read client users', () => {
  it('answers not_found to a member who may not enter the client, forbidden to one who may but lacks clients:update', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const stranger = await addMember(harness, agency, 'member', 'Stan Stranger');
    const teammate = await addMember(harness, agency, 'member', 'Tia Teammate');
    await harness.client.SetClientTeam(
      { clientId: client.id, ownerId: agency.ownerId, memberIds: [teammate.userId] },
      { actor: agency.owner },
    );
    expect(await problem(create(stranger, client.id))).toMatchObject({ code: 'not_found' });
    expect(
      await problem(harness.client.ListClientUsers({ clientId: client.id }, { actor: stranger })),
    ).toMatchObject({ code: 'not_found' });
    expect(await problem(create(teammate, client.id))).toMatchObject({ code: 'forbidden' });
    expect(
      (await harness.client.ListClientUsers({ clientId: client.id }, { actor: teammate })).clientUsers,
    ).toEqual([]);
    const elsewhere = await newAgency(harness, 'Elsewhere Agency');
    expect(await problem(create(elsewhere.owner, client.id))).toMatchObject({ code: 'not_found' });
  });

  it('gives a client user their role: the primary manages users, a designer reads but may not', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const primary = await joinedUser(agency, client.id, 'primary');
    const designer = await joinedUser(agency, client.id, 'designer');
    const reader = await joinedUser(agency, client.id, 'read_only');

    const added = await create(primary.person, client.id, { role: 'administrator' });
    expect(added.clientUser?.status).toBe('invited');
    expect(await problem(create(designer.person, client.id))).toMatchObject({ code: 'forbidden' });
    expect(
      await problem(
        harness.client.UpdateClientUser(
          { clientId: client.id, userId: reader.clientUser.id, role: 'administrator' },
          { actor: designer.person },
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });

    const listed = await harness.client.ListClientUsers({ clientId: client.id }, { actor: reader.person });
    expect(listed.clientUsers).toHaveLength(4);
    expect(
      (await harness.client.GetClient({ clientId: client.id }, { actor: reader.person })).client?.id,
    ).toBe(client.id);
  });

  it('lets a client user into their client and nothing else of the agency', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const other = await newClient(agency, 'Other Client');
    const { person, clientUser } = await joinedUser(agency, client.id, 'designer');
    expect(clientUser.status).toBe('invited');

    const access = await harness.client.GetAccess(
      { userId: person.userId, agencyId: agency.agencyId },
      { actor: person },
    );
    expect(access).toMatchObject({
      agency: { id: agency.agencyId },
      role: 'client_user',
      permissions: [],
      clients: [{ clientId: client.id, role: 'designer', permissions: ['templates:write'] }],
    });
    const listed = await harness.client.ListClients({}, { actor: person });
    expect(listed.items.map((item) => item.id)).toEqual([client.id]);
    expect(await problem(harness.client.GetClient({ clientId: other.id }, { actor: person }))).toMatchObject({
      code: 'not_found',
    });
    for (const call of [
      harness.client.GetAgency({}, { actor: person }),
      harness.client.ListMembers({}, { actor: person }),
      harness.client.GetClientTeam({ clientId: client.id }, { actor: person }),
      harness.client.UpdateClient({ clientId: client.id, name: 'Renamed' }, { actor: person }),
      harness.client.ListInvitations({ clientId: '' }, { actor: person }),
    ])
      expect(await problem(call)).toMatchObject({ code: 'not_found' });

    const owners = await harness.client.GetAccess(
      { userId: agency.ownerId, agencyId: agency.agencyId },
      { actor: agency.owner },
    );
    expect(owners).toMatchObject({ role: 'owner', clients: [] });
  });

  it('shuts a disabled user out at once and lets them back in when enabled', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const { person, clientUser } = await joinedUser(agency, client.id, 'read_only');
    const disabled = await harness.client.UpdateClientUser(
      { clientId: client.id, userId: clientUser.id, status: 'disabled' },
      { actor: agency.owner },
    );
    expect(disabled.clientUser?.status).toBe('disabled');
    const changed = await harness.nextEvent('atrium.tenancy.v1.client_user.updated', (data) => {
      const changedUser = data.clientUser as { id: string; status: string };
      return changedUser.id === clientUser.id && changedUser.status === 'disabled';
    });
    expect(changed.data).toMatchObject({ clientUser: { id: clientUser.id, identityUserId: person.userId } });
    expect(await problem(harness.client.GetClient({ clientId: client.id }, { actor: person }))).toMatchObject(
      {
        code: 'not_found',
      },
    );
    expect(
      await problem(
        harness.client.GetAccess({ userId: person.userId, agencyId: agency.agencyId }, { actor: person }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(await problem(harness.client.ListClients({}, { actor: person }))).toMatchObject({
      code: 'not_found',
    });

    await harness.client.UpdateClientUser(
      { clientId: client.id, userId: clientUser.id, status: 'active' },
      { actor: agency.owner },
    );
    expect((await harness.client.GetClient({ clientId: client.id }, { actor: person })).client?.id).toBe(
      client.id,
    );
  });
});

describe('changing client users', () => {
  it('changes profile fields and roles, and records what changed', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const { clientUser } = await create(agency.owner, client.id, { role: 'designer' });
    const answer = await harness.client.UpdateClientUser(
      {
        clientId: client.id,
        userId: clientUser!.id,
        role: 'read_only',
        position: 'Intern',
        phone: '+1 555 0100',
      },
      { actor: agency.owner },
    );
    expect(answer.clientUser).toMatchObject({ role: 'read_only', position: 'Intern', phone: '+1 555 0100' });
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.client_user.updated',
      (data) => (data.clientUser as { id: string }).id === clientUser!.id,
    );
    expect(event.data.changedFields).toEqual(['position', 'phone', 'role']);
    const [entry] = await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.auditEntry.findMany({ where: { action: 'client_user.updated', targetId: clientUser!.id } }),
    );
    expect(entry).toMatchObject({
      actorId: agency.ownerId,
      clientId: client.id,
      before: { role: 'designer', position: '', phone: '' },
      after: { role: 'read_only', position: 'Intern', phone: '+1 555 0100' },
    });
  });

  it('never makes or unmakes the primary through a change', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const primary = await joinedUser(agency, client.id, 'primary');
    const { clientUser } = await create(agency.owner, client.id, { role: 'designer' });
    expect(
      await problem(
        harness.client.UpdateClientUser(
          { clientId: client.id, userId: clientUser!.id, role: 'primary' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'role', message: expect.any(String) }] });
    for (const change of [{ role: 'administrator' }, { status: 'disabled' }])
      expect(
        await problem(
          harness.client.UpdateClientUser(
            { clientId: client.id, userId: primary.clientUser.id, ...change },
            { actor: agency.owner },
          ),
        ),
      ).toMatchObject({ code: 'conflict' });
    expect(
      await problem(
        harness.client.UpdateClientUser(
          { clientId: client.id, userId: clientUser!.id, status: 'active' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'conflict', fields: [{ field: 'status', message: expect.any(String) }] });
  });

  it('hands the primary role over in one step: the former primary becomes an administrator', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const primary = await joinedUser(agency, client.id, 'primary');
    const next = await joinedUser(agency, client.id, 'designer');
    const answer = await harness.client.MakePrimaryClientUser(
      { clientId: client.id, userId: next.clientUser.id },
      { actor: primary.person },
    );
    expect(answer.primary).toMatchObject({ id: next.clientUser.id, role: 'primary' });
    expect(answer.formerPrimary).toMatchObject({ id: primary.clientUser.id, role: 'administrator' });
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.client_user.primary_changed',
      (data) => data.clientId === client.id,
    );
    expect(event.data).toMatchObject({
      primary: { id: next.clientUser.id },
      formerPrimary: { id: primary.clientUser.id, role: 'administrator' },
      changedBy: primary.person.userId,
    });
    // The former primary no longer manages users; the new one does.
    expect(await problem(create(primary.person, client.id))).toMatchObject({ code: 'forbidden' });
    expect((await create(next.person, client.id)).clientUser?.status).toBe('invited');
  });

  it('ends concurrent handovers with exactly one primary', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    await create(agency.owner, client.id, { role: 'primary' });
    const candidates = await Promise.all(
      Array.from({ length: 4 }, () => create(agency.owner, client.id, { role: 'read_only' })),
    );
    await Promise.all(
      candidates.map(({ clientUser }) =>
        harness.client.MakePrimaryClientUser(
          { clientId: client.id, userId: clientUser!.id },
          { actor: agency.owner },
        ),
      ),
    );
    const page = await harness.client.ListClientUsers({ clientId: client.id }, { actor: agency.owner });
    expect(page.clientUsers.filter((user) => user.role === 'primary')).toHaveLength(1);
    expect(page.clientUsers.filter((user) => user.role === 'administrator')).toHaveLength(4);
  });

  it('removes a user with their pending link, but not the primary', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const primary = await joinedUser(agency, client.id, 'primary');
    const created = await create(agency.owner, client.id, { sendInvitation: true });
    const invited = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === created.invitation!.id,
    );
    expect(
      await problem(
        harness.client.RemoveClientUser(
          { clientId: client.id, userId: primary.clientUser.id },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'conflict', fields: [{ field: 'userId', message: expect.any(String) }] });
    await harness.client.RemoveClientUser(
      { clientId: client.id, userId: created.clientUser!.id },
      { actor: primary.person },
    );
    const removed = await harness.nextEvent(
      'atrium.tenancy.v1.client_user.removed',
      (data) => data.clientUserId === created.clientUser!.id,
    );
    expect(removed.data).toMatchObject({ clientId: client.id, removedBy: primary.person.userId });
    expect(
      await problem(harness.client.ResolveInvitation({ token: String(invited.data.token) })),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(
      await problem(
        harness.client.RemoveClientUser(
          { clientId: client.id, userId: created.clientUser!.id },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problem(
        harness.client.DiscardClientUser(
          { clientId: client.id, userId: primary.clientUser.id },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'conflict' });
  });
});

describe('listing client users', () => {
  it('searches name, email and position, sorts, and pages with a cursor', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    for (const [name, position, label] of [
      ['bea Baker', 'Designer', 'bea'],
      ['Al Adams', 'Marketing lead', 'al'],
      ['Cy Cole', 'Accountant', 'cy'],
      ['Di Dunn', 'Marketing intern', 'di'],
    ] as const)
      await create(agency.owner, client.id, { name, position, email: email(label) });
    const first = await harness.client.ListClientUsers(
      { clientId: client.id, limit: 3 },
      { actor: agency.owner },
    );
    expect(first.clientUsers.map((user) => user.name)).toEqual(['Al Adams', 'bea Baker', 'Cy Cole']);
    const second = await harness.client.ListClientUsers(
      { clientId: client.id, limit: 3, cursor: first.nextCursor },
      { actor: agency.owner },
    );
    expect(second.clientUsers.map((user) => user.name)).toEqual(['Di Dunn']);
    expect(second.nextCursor).toBe('');
    const marketing = await harness.client.ListClientUsers(
      { clientId: client.id, query: 'MARKETING', sort: 'createdAt', order: 'asc' },
      { actor: agency.owner },
    );
    expect(marketing.clientUsers.map((user) => user.name)).toEqual(['Al Adams', 'Di Dunn']);
    const byEmail = await harness.client.ListClientUsers(
      { clientId: client.id, query: 'cy-' },
      { actor: agency.owner },
    );
    expect(byEmail.clientUsers.map((user) => user.name)).toEqual(['Cy Cole']);
    expect(
      await problem(
        harness.client.ListClientUsers(
          { clientId: client.id, sort: 'email', order: 'up', cursor: 'x' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'sort' }, { field: 'order' }] });
    expect(
      await problem(
        harness.client.ListClientUsers(
          { clientId: client.id, sort: 'createdAt', cursor: first.nextCursor },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'cursor', message: expect.any(String) }],
    });
  });

  it('keeps client users of another agency out of reach even of a query without a filter', async () => {
    const north = await newAgency(harness, 'North Agency');
    const south = await newAgency(harness, 'South Agency');
    await create(north.owner, (await newClient(north)).id);
    await create(south.owner, (await newClient(south)).id);
    const app: Db = createDb(harness.databaseUrl, { poolSize: 1, appRole: 'atrium_tenancy_app' });
    try {
      const rows = await inTenant(app, { agencyId: north.agencyId }, (tx) =>
        tx.$queryRawUnsafe<Array<{ agency_id: string }>>('SELECT agency_id FROM client_users'),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.agency_id))).toEqual(new Set([north.agencyId]));
    } finally {
      await app.$disconnect();
    }
  });
});
