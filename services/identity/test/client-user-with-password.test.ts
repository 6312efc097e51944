import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from '@atrium/testing';
import {
  joinAgency,
  newPerson,
  problemOf,
  signUp,
  startHarness,
  type Harness,
  type SignedUpPerson,
} from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('client_user_with_password');
});

afterAll(async () => {
  await harness?.stop();
});

/** An agency of the test's own and a client in it. */
async function agencyWithClient(): Promise<{ owner: SignedUpPerson; clientId: string }> {
  const owner = await signUp(harness);
  const { client } = await harness.tenancy.CreateClient({ name: 'Contoso Dental' }, { actor: owner.actor });
  return { owner, clientId: client!.id };
}

function addClientUser(
  actor: SignedUpPerson['actor'],
  clientId: string,
  person: { email: string; password: string; name?: string },
  role = 'primary',
) {
  return harness.identity.CreateClientUserWithPassword(
    {
      clientId,
      name: person.name ?? 'Petra Primary',
      email: person.email,
      role,
      position: '',
      phone: '',
      password: person.password,
    },
    { actor },
  );
}

async function usersOf(owner: SignedUpPerson, clientId: string) {
  return (await harness.tenancy.ListClientUsers({ clientId }, { actor: owner.actor })).clientUsers;
}

const login = (email: string, password: string) =>
  harness.identity.Login({ email, password, userAgent: 'jest', ip: '192.0.2.9' });

describe('a client user added with the initial password the agency sets', () => {
  it('is active with an identity at once, as tenancy holds it, and signs in with that password', async () => {
    const { owner, clientId } = await agencyWithClient();
    const person = newPerson('Petra Primary');
    const { clientUser } = await addClientUser(owner.actor, clientId, person);

    expect(clientUser).toMatchObject({
      clientId,
      agencyId: owner.agencyId,
      email: person.email,
      role: 'primary',
      status: 'active',
    });
    const [held] = await usersOf(owner, clientId);
    expect(clientUser).toEqual(held);
    const signedIn = await login(person.email, person.password);
    expect(signedIn.user?.id).toBe(clientUser!.identityUserId);
    expect(await harness.db.session.count({ where: { userId: clientUser!.identityUserId } })).toBe(1);
  });

  it('gives an email that already has an identity the role, and leaves it its own password', async () => {
    const { owner, clientId } = await agencyWithClient();
    const existing = await signUp(harness, newPerson('Erin Existing'));
    const { clientUser } = await addClientUser(
      owner.actor,
      clientId,
      { email: existing.email, password: 'Another-Fine-Pass-91' },
      'designer',
    );

    expect(clientUser).toMatchObject({ status: 'active', identityUserId: existing.userId });
    expect((await login(existing.email, existing.password)).user?.id).toBe(existing.userId);
    expect(await problemOf(login(existing.email, 'Another-Fine-Pass-91'))).toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('refuses a weak password before tenancy creates anything, and then takes a strong one', async () => {
    const { owner, clientId } = await agencyWithClient();
    const person = { email: newPerson().email, password: 'password123' };

    expect(await problemOf(addClientUser(owner.actor, clientId, person))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'password' }],
    });
    expect(await usersOf(owner, clientId)).toEqual([]);

    const { clientUser } = await addClientUser(owner.actor, clientId, {
      ...person,
      password: 'Sturdy-Walnut-Bridge-4',
    });
    expect(clientUser).toMatchObject({ status: 'active', email: person.email });
    // Tenancy's relay publishes in order: the refused attempt would have announced a user before this one.
    await harness.nextEvent('atrium.tenancy.v1.client_user.created', (data) => data.clientId === clientId);
    const created = harness.events.filter(
      (event) => event.type === 'atrium.tenancy.v1.client_user.created' && event.data.clientId === clientId,
    );
    expect(created).toHaveLength(1);
  });

  it('answers tenancy’s refusals as tenancy answers them, and creates nothing', async () => {
    const { owner, clientId } = await agencyWithClient();
    const first = await addClientUser(owner.actor, clientId, newPerson('Petra Primary'));
    const taken = { email: first.clientUser!.email, password: 'Molar-Lighthouse-58' };
    expect(await problemOf(addClientUser(owner.actor, clientId, taken, 'designer'))).toMatchObject({
      code: 'email_in_use',
    });
    expect(await problemOf(addClientUser(owner.actor, clientId, newPerson()))).toMatchObject({
      code: 'primary_exists',
    });

    // A designer of the client may enter it but not manage its users (users:manage).
    const designer = newPerson('Dana Designer');
    const { clientUser } = await addClientUser(owner.actor, clientId, designer, 'designer');
    const designerActor = { userId: clientUser!.identityUserId, agencyId: owner.agencyId };
    expect(
      await problemOf(addClientUser(designerActor, clientId, newPerson('Rex Reader'), 'read_only')),
    ).toMatchObject({ code: 'forbidden' });

    // An agency member on no team of the client may not enter it.
    const member = await joinAgency(harness, owner, 'member');
    expect(
      await problemOf(addClientUser(member.actor, clientId, newPerson('Rex Reader'), 'read_only')),
    ).toMatchObject({ code: 'not_found' });

    expect((await usersOf(owner, clientId)).map((user) => user.id).sort()).toEqual(
      [first.clientUser!.id, clientUser!.id].sort(),
    );
  });

  it('takes the client user back when provisioning fails after tenancy created it', async () => {
    const { owner, clientId } = await agencyWithClient();
    const person = newPerson('Rita Race');
    const identityDb = new Client({ connectionString: harness.config.DATABASE_URL });
    await identityDb.connect();
    try {
      // A concurrent request holds a new identity with the email, uncommitted: the workflow does not
      // see it, creates the client user, then waits on the email's unique index until it commits.
      await identityDb.query('BEGIN');
      await identityDb.query(
        "INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Rita Race', 'not-a-hash')",
        [randomUUID(), person.email],
      );
      const answer = problemOf(addClientUser(owner.actor, clientId, person, 'designer'));
      await eventually(async () => {
        const { rows } = await identityDb.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        return rows[0]!.waiting > 0 ? true : undefined;
      });
      expect(await usersOf(owner, clientId)).toHaveLength(1);
      await identityDb.query('COMMIT');

      expect((await answer).code).toBe('invalid_token');
      expect(await usersOf(owner, clientId)).toEqual([]);
      await harness.nextEvent('atrium.tenancy.v1.client_user.removed', (data) => data.clientId === clientId);
    } finally {
      await identityDb.end();
    }
  });
});
