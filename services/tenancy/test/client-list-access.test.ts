import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import {
  addMember,
  addMemberWithCustomRole,
  newAgency,
  problem,
  startHarness,
  type Harness,
  type TestAgency,
} from './support';

let harness: Harness;
let agency: TestAgency;
/** Client names by who owns them: the owner's two, and one of a member's. */
let names: { owners: string[]; members: string[] };
let member: Actor & { agencyId: string };

beforeAll(async () => {
  harness = await startHarness('tenancy_client_list_access');
  agency = await newAgency(harness);
  member = await addMember(harness, agency, 'member', 'Mona Member');
  names = { owners: ['Alpha Owned', 'Beta Owned'], members: ['Gamma Member'] };
  for (const name of names.owners) await harness.client.CreateClient({ name }, { actor: agency.owner });
  for (const name of names.members)
    await harness.client.CreateClient({ name, ownerId: member.userId }, { actor: agency.owner });
});

afterAll(async () => {
  await harness?.stop();
});

async function listed(actor: Actor): Promise<string[]> {
  const page = await harness.client.ListClients({ sort: 'name' }, { actor });
  return page.items.map((item) => item.name);
}

const withCustomRole = (permissions: string[]) => addMemberWithCustomRole(harness, agency, permissions);

const everyClient = () => [...names.owners, ...names.members].sort();

it('lists every client to the owner and to an admin, and a member only its own', async () => {
  const admin = await addMember(harness, agency, 'admin', 'Ada Admin');
  expect(await listed(agency.owner)).toEqual(everyClient());
  expect(await listed(admin)).toEqual(everyClient());
  expect(await listed(member)).toEqual(names.members);
});

it('lists every client to a custom role with clients:read_all, and none of others to one without', async () => {
  const { person: reader } = await withCustomRole(['billing:read', 'clients:read_all']);
  const { person: biller } = await withCustomRole(['billing:read']);
  expect(await listed(reader)).toEqual(everyClient());
  expect(await listed(biller)).toEqual([]);
});

it('answers the page of a custom role as the role is now', async () => {
  const { person, roleId } = await withCustomRole(['billing:read']);
  expect(await listed(person)).toEqual([]);
  await harness.client.UpdateAgencyRole(
    { roleId, permissions: { permissions: ['clients:read_all'] } },
    { actor: agency.owner },
  );
  expect(await listed(person)).toEqual(everyClient());
});

it('answers not_found to a person who is not of the agency, and to one of another agency', async () => {
  const stranger = { userId: randomUUID(), agencyId: agency.agencyId };
  expect(await problem(harness.client.ListClients({}, { actor: stranger }))).toMatchObject({
    code: 'not_found',
  });
  const other = await newAgency(harness, 'Southwind Media');
  const crossing = { userId: other.ownerId, agencyId: agency.agencyId };
  expect(await problem(harness.client.ListClients({}, { actor: crossing }))).toMatchObject({
    code: 'not_found',
  });
});

it('lists to an API key by the permissions it was given', async () => {
  const key = (permissions: string[]) => {
    const keyId = randomUUID();
    return { userId: keyId, apiKeyId: keyId, agencyId: agency.agencyId, apiKeyPermissions: permissions };
  };
  expect(await listed(key(['clients:read_all']))).toEqual(everyClient());
  expect(await listed(key(['billing:read']))).toEqual([]);
});

it('keeps its cursor across pages for a member who reads all', async () => {
  const first = await harness.client.ListClients({ sort: 'name', limit: 2 }, { actor: agency.owner });
  expect(first.items.map((item) => item.name)).toEqual(everyClient().slice(0, 2));
  const second = await harness.client.ListClients(
    { sort: 'name', limit: 2, cursor: first.nextCursor },
    { actor: agency.owner },
  );
  expect(second.items.map((item) => item.name)).toEqual(everyClient().slice(2));
  expect(second.nextCursor).toBe('');
});
