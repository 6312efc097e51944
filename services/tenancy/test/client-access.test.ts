import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { AGENCY_PERMISSIONS, CLIENT_PERMISSIONS } from '../src/domain/permissions';
import {
  addClientUser,
  addMember,
  newAgency,
  problem,
  startHarness,
  type Harness,
  type TestAgency,
} from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_client_access');
});

afterAll(async () => {
  await harness?.stop();
});

type Person = Actor & { agencyId: string };

async function newClient(agency: TestAgency, fields: Partial<tenancy.CreateClientRequest> = {}) {
  const { client } = await harness.client.CreateClient(
    { name: 'Contoso Dental', ...fields },
    { actor: agency.owner },
  );
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

function accessOf(actor: Actor, clientId: string) {
  return harness.client.GetClientAccess({ clientId }, { actor });
}

async function codeOf(actor: Actor, clientId: string): Promise<string> {
  return (await problem(accessOf(actor, clientId))).code;
}

function apiKey(agency: TestAgency, permissions: string[]): Actor {
  const keyId = randomUUID();
  return { userId: keyId, apiKeyId: keyId, agencyId: agency.agencyId, apiKeyPermissions: permissions };
}

/** A client user invited by email who claimed the invitation as a new identity: active in the client. */
async function joinedUser(agency: TestAgency, clientId: string, role: string) {
  const { person, clientUser } = await addClientUser(harness, agency, clientId, role);
  return { person: person as Person, clientUser };
}

describe('GetClientAccess for agency users', () => {
  let agency: TestAgency;
  let client: tenancy.Client__Output;
  beforeAll(async () => {
    agency = await newAgency(harness);
    client = await newClient(agency);
  });

  it('gives the owner every client permission, every agency permission and the status', async () => {
    expect(await accessOf(agency.owner, client.id)).toEqual({
      clientId: client.id,
      clientStatus: 'active',
      clientPermissions: [...CLIENT_PERMISSIONS],
      agencyPermissions: [...AGENCY_PERMISSIONS],
      clientUser: false,
    });
  });

  it('lets an admin into a client it neither owns nor is on the team of (clients:read_all)', async () => {
    const admin = await addMember(harness, agency, 'admin', 'Ada Admin');
    const answer = await accessOf(admin, client.id);
    expect(answer.clientPermissions).toEqual([...CLIENT_PERMISSIONS]);
    expect(answer.agencyPermissions).toContain('clients:read_all');
  });

  // A member holds no agency permission either, yet enters as an agency user, not as a client user:
  // clientUser tells the two apart where the permission lists cannot.
  it('lets a member into the clients it owns or is on the team of, and no other', async () => {
    const owning = await addMember(harness, agency, 'member', 'Owen Owning');
    const onTeam = await addMember(harness, agency, 'member', 'Tess Team');
    const outsider = await addMember(harness, agency, 'member', 'Otto Outside');
    const owned = await newClient(agency, { name: 'Owned Co', ownerId: owning.userId });
    await harness.client.SetClientTeam(
      { clientId: owned.id, ownerId: owning.userId, memberIds: [onTeam.userId] },
      { actor: agency.owner },
    );

    for (const person of [owning, onTeam]) {
      expect(await accessOf(person, owned.id)).toEqual({
        clientId: owned.id,
        clientStatus: 'active',
        clientPermissions: [...CLIENT_PERMISSIONS],
        agencyPermissions: [],
        clientUser: false,
      });
    }
    expect(await codeOf(outsider, owned.id)).toBe('not_found');
    expect(await codeOf(onTeam, client.id)).toBe('not_found');
  });

  it("reads a custom role's permissions as they are now", async () => {
    const person = await addMember(harness, agency, 'member', 'Cara Custom');
    const { role } = await harness.client.CreateAgencyRole(
      { name: `Finance ${randomUUID().slice(0, 6)}`, description: '', permissions: ['billing:read'] },
      { actor: agency.owner },
    );
    await harness.client.ChangeMemberRole(
      { userId: person.userId, role: '', roleId: role!.id },
      { actor: agency.owner },
    );
    expect(await codeOf(person, client.id)).toBe('not_found');

    await harness.client.UpdateAgencyRole(
      { roleId: role!.id, permissions: { permissions: ['billing:read', 'clients:read_all'] } },
      { actor: agency.owner },
    );
    expect(await accessOf(person, client.id)).toMatchObject({
      clientPermissions: [...CLIENT_PERMISSIONS],
      agencyPermissions: ['clients:read_all', 'billing:read'],
    });
  });

  it('answers an inactive client with its status, and client_deleted for one being deleted', async () => {
    const closing = await newClient(agency, { name: 'Closing Co' });
    await harness.client.DeactivateClient({ clientId: closing.id }, { actor: agency.owner });
    expect((await accessOf(agency.owner, closing.id)).clientStatus).toBe('inactive');

    await harness.client.DeleteClient(
      { clientId: closing.id, confirm: 'Closing Co' },
      { actor: agency.owner },
    );
    expect(await problem(accessOf(agency.owner, closing.id))).toMatchObject({
      status: 410,
      code: 'client_deleted',
    });
  });

  it("answers not_found for another agency's client, an unknown id and a malformed one", async () => {
    const elsewhere = await newAgency(harness, 'Elsewhere Ltd');
    const theirs = await newClient(elsewhere, { name: 'Their Client' });
    expect(await codeOf(agency.owner, theirs.id)).toBe('not_found');
    expect(await codeOf(agency.owner, randomUUID())).toBe('not_found');
    expect(await codeOf(agency.owner, 'not-a-uuid')).toBe('not_found');
    expect(await codeOf({ userId: randomUUID(), agencyId: agency.agencyId }, client.id)).toBe('not_found');
  });
});

describe('GetClientAccess for client users', () => {
  it("gives an active user their client role's permissions there and no agency permission", async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const { person } = await joinedUser(agency, client.id, 'designer');
    expect(await accessOf(person, client.id)).toEqual({
      clientId: client.id,
      clientStatus: 'active',
      clientPermissions: ['templates:write'],
      agencyPermissions: [],
      clientUser: true,
    });
  });

  it('keeps a client user out of the other clients of the agency', async () => {
    const agency = await newAgency(harness);
    const mine = await newClient(agency, { name: 'Mine' });
    const other = await newClient(agency, { name: 'Other' });
    const { person } = await joinedUser(agency, mine.id, 'primary');
    expect((await accessOf(person, mine.id)).clientPermissions).toEqual([...CLIENT_PERMISSIONS]);
    expect(await codeOf(person, other.id)).toBe('not_found');
  });

  it('shuts out a disabled user', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const { person, clientUser } = await joinedUser(agency, client.id, 'administrator');
    await harness.client.UpdateClientUser(
      { clientId: client.id, userId: clientUser.id, status: 'disabled' },
      { actor: agency.owner },
    );
    expect(await codeOf(person, client.id)).toBe('not_found');
  });

  it('shuts out the users of a deactivated client everywhere, until it is turned on again', async () => {
    const agency = await newAgency(harness);
    const closing = await newClient(agency, { name: 'Closing Co' });
    const open = await newClient(agency, { name: 'Open Co' });
    const { person } = await joinedUser(agency, closing.id, 'primary');
    const neighbour = await joinedUser(agency, open.id, 'administrator');
    await harness.client.DeactivateClient({ clientId: closing.id }, { actor: agency.owner });

    // GetAccess is what identity asks at login and refresh: no row means no entry, like a removed member.
    expect(
      await problem(
        harness.client.GetAccess({ userId: person.userId, agencyId: agency.agencyId }, { actor: person }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(await codeOf(person, closing.id)).toBe('not_found');
    expect(
      await problem(
        harness.client.ListClientUsers({ clientId: closing.id, limit: 10, cursor: '' }, { actor: person }),
      ),
    ).toMatchObject({ code: 'not_found' });
    // Its agency users still enter it, and another client's users are not touched.
    expect((await accessOf(agency.owner, closing.id)).clientStatus).toBe('inactive');
    expect((await accessOf(neighbour.person, open.id)).clientPermissions.length).toBeGreaterThan(0);

    await harness.client.ReactivateClient({ clientId: closing.id }, { actor: agency.owner });
    const access = await harness.client.GetAccess(
      { userId: person.userId, agencyId: agency.agencyId },
      { actor: person },
    );
    expect(access.clients.map((grant) => [grant.clientId, grant.role])).toEqual([[closing.id, 'primary']]);
    expect((await accessOf(person, closing.id)).clientPermissions).toEqual([...CLIENT_PERMISSIONS]);
  });

  it('lets a member outside the team in as a user of the client, with that role only', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const member = await addMember(harness, agency, 'member', 'Mia Member');
    await addClientUser(harness, agency, client.id, 'read_only', member.userId);
    expect(await accessOf(member, client.id)).toMatchObject({ clientPermissions: [], agencyPermissions: [] });
  });
});

describe('GetClientAccess for switch tokens and API keys', () => {
  let agency: TestAgency;
  let client: tenancy.Client__Output;
  let other: tenancy.Client__Output;
  beforeAll(async () => {
    agency = await newAgency(harness);
    client = await newClient(agency);
    other = await newClient(agency, { name: 'Other Co' });
  });

  it('lets a switch token into its own client as its agency user, and into no other', async () => {
    const switched: Actor = { ...agency.owner, actingAsClientId: client.id, clientId: client.id };
    expect(await accessOf(switched, client.id)).toEqual({
      clientId: client.id,
      clientStatus: 'active',
      clientPermissions: [...CLIENT_PERMISSIONS],
      agencyPermissions: [...AGENCY_PERMISSIONS],
      clientUser: false,
    });
    expect(await codeOf(switched, other.id)).toBe('not_found');
  });

  it('lets an API key in with clients:read_all, holding only the agency permissions it was given', async () => {
    const key = apiKey(agency, ['billing:read', 'clients:read_all', 'no:such_permission']);
    expect(await accessOf(key, client.id)).toEqual({
      clientId: client.id,
      clientStatus: 'active',
      clientPermissions: [...CLIENT_PERMISSIONS],
      agencyPermissions: ['clients:read_all', 'billing:read'],
      clientUser: false,
    });
  });

  it('keeps an API key without clients:read_all out, even of a client its creator owns', async () => {
    expect(await codeOf(apiKey(agency, ['billing:manage']), client.id)).toBe('not_found');
  });

  it("keeps an API key out of another agency's client", async () => {
    const elsewhere = await newAgency(harness, 'Elsewhere Ltd');
    const theirs = await newClient(elsewhere, { name: 'Their Client' });
    expect(await codeOf(apiKey(agency, ['clients:read_all']), theirs.id)).toBe('not_found');
  });

  it('refuses a call without an actor', async () => {
    expect((await problem(harness.client.GetClientAccess({ clientId: client.id }))).code).toBe(
      'unauthenticated',
    );
  });
});
