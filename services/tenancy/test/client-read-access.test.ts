import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import {
  addClientUser,
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
let member: Actor & { agencyId: string };
/** A client of the owner's, and one the member owns. */
let ownersClient: tenancy.Client__Output;
let membersClient: tenancy.Client__Output;

beforeAll(async () => {
  harness = await startHarness('tenancy_client_read_access');
  agency = await newAgency(harness);
  member = await addMember(harness, agency, 'member', 'Mona Member');
  ownersClient = await newClient({ name: 'Alpha Owned' });
  membersClient = await newClient({ name: 'Gamma Member', ownerId: member.userId });
});

afterAll(async () => {
  await harness?.stop();
});

async function newClient(fields: Partial<tenancy.CreateClientRequest>): Promise<tenancy.Client__Output> {
  const { client } = await harness.client.CreateClient(
    { name: 'Contoso Dental', ...fields },
    { actor: agency.owner },
  );
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

/** The name of the client GetClient answers the actor, or the code of its refusal. */
async function seen(actor: Actor, clientId: string): Promise<string> {
  try {
    const { client } = await harness.client.GetClient({ clientId }, { actor });
    return client!.name;
  } catch (error) {
    return (await problem(Promise.reject(error))).code;
  }
}

const withCustomRole = (permissions: string[]) => addMemberWithCustomRole(harness, agency, permissions);

function apiKey(permissions: string[], agencyId = agency.agencyId): Actor {
  const keyId = randomUUID();
  return { userId: keyId, apiKeyId: keyId, agencyId, apiKeyPermissions: permissions };
}

/** An active user of the client, as a new identity unless given. */
async function joinedUser(clientId: string, role: string, userId?: string) {
  const { person, clientUser } = await addClientUser(harness, agency, clientId, role, userId);
  return { person, clientUserId: clientUser.id };
}

it('answers every field of the client as it was written, custom fields and counters included', async () => {
  const manager = await addMember(harness, agency, 'member', 'Max Manager');
  await harness.client.SaveCustomField({ key: 'crm_id', label: 'CRM id' }, { actor: agency.owner });
  const created = await newClient({
    name: 'Blue Bottle',
    description: 'Coffee roaster',
    website: 'https://bluebottle.example',
    tags: ['coffee', 'west coast'],
    accountType: 'ads_only',
    region: 'US',
    accountManagerId: manager.userId,
    customProperties: [{ key: 'crm_id', value: 'BB-42' }],
    companyProfile: {
      legalName: 'Blue Bottle Inc.',
      street: '1 Main St',
      city: 'Oakland',
      postalCode: '94607',
      country: 'US',
    },
    profileContact: { name: 'Pat Profile', email: 'pat@bluebottle.example', phone: '+1 510 555 0100' },
    billingContact: { name: 'Bill Payer', email: 'billing@bluebottle.example' },
    billingMode: 'agency_managed',
    renewalDate: '2031-06-30',
    settings: { adsEnabled: false, emailSendLimitPerMonth: 5000, engagementSuppression: false },
  });
  const { client } = await harness.client.GetClient({ clientId: created.id }, { actor: agency.owner });
  expect(client).toEqual(created);
});

it('lets the owner and an admin read every client, and a member only its own and its team’s', async () => {
  const admin = await addMember(harness, agency, 'admin', 'Ada Admin');
  for (const reader of [agency.owner, admin]) {
    expect(await seen(reader, ownersClient.id)).toBe('Alpha Owned');
    expect(await seen(reader, membersClient.id)).toBe('Gamma Member');
  }
  expect(await seen(member, membersClient.id)).toBe('Gamma Member');
  expect(await seen(member, ownersClient.id)).toBe('not_found');

  const teamClient = await newClient({ name: 'Delta Team' });
  await harness.client.SetClientTeam(
    { clientId: teamClient.id, ownerId: agency.ownerId, memberIds: [member.userId] },
    { actor: agency.owner },
  );
  expect(await seen(member, teamClient.id)).toBe('Delta Team');
});

it('lets a custom role with clients:read_all read every client, and one without it no other’s, as the role is now', async () => {
  const { person: reader } = await withCustomRole(['billing:read', 'clients:read_all']);
  const { person: biller, roleId } = await withCustomRole(['billing:read']);
  expect(await seen(reader, ownersClient.id)).toBe('Alpha Owned');
  expect(await seen(biller, ownersClient.id)).toBe('not_found');

  await harness.client.UpdateAgencyRole(
    { roleId, permissions: { permissions: ['clients:read_all'] } },
    { actor: agency.owner },
  );
  expect(await seen(biller, ownersClient.id)).toBe('Alpha Owned');
});

it('lets an active client user read their own client only, while it is on and they are active', async () => {
  const mine = await newClient({ name: 'Mine Co' });
  const { person, clientUserId } = await joinedUser(mine.id, 'designer');
  expect(await seen(person, mine.id)).toBe('Mine Co');
  expect(await seen(person, ownersClient.id)).toBe('not_found');

  await harness.client.DeactivateClient({ clientId: mine.id }, { actor: agency.owner });
  expect(await seen(person, mine.id)).toBe('not_found');
  // Its agency users still read it, with its status.
  const { client } = await harness.client.GetClient({ clientId: mine.id }, { actor: agency.owner });
  expect(client?.status).toBe('inactive');

  await harness.client.ReactivateClient({ clientId: mine.id }, { actor: agency.owner });
  expect(await seen(person, mine.id)).toBe('Mine Co');
  await harness.client.UpdateClientUser(
    { clientId: mine.id, userId: clientUserId, status: 'disabled' },
    { actor: agency.owner },
  );
  expect(await seen(person, mine.id)).toBe('not_found');
});

it('lets a member outside the team read a client they are a user of', async () => {
  const outside = await newClient({ name: 'Outside Co' });
  const person = await addMember(harness, agency, 'member', 'Otto Outside');
  expect(await seen(person, outside.id)).toBe('not_found');
  await joinedUser(outside.id, 'read_only', person.userId);
  expect(await seen(person, outside.id)).toBe('Outside Co');
});

it('lets an API key read with clients:read_all only, and never another agency’s client', async () => {
  expect(await seen(apiKey(['clients:read_all']), membersClient.id)).toBe('Gamma Member');
  expect(await seen(apiKey(['billing:read']), ownersClient.id)).toBe('not_found');
  const other = await newAgency(harness, 'Southwind Media');
  expect(await seen(apiKey(['clients:read_all'], other.agencyId), ownersClient.id)).toBe('not_found');
});

it('lets a switch token read its own client, and no other', async () => {
  const switched: Actor = { ...agency.owner, actingAsClientId: ownersClient.id, clientId: ownersClient.id };
  expect(await seen(switched, ownersClient.id)).toBe('Alpha Owned');
  expect(await seen(switched, membersClient.id)).toBe('not_found');
});

it('answers not_found to strangers, other agencies’ people and ids that name no client', async () => {
  expect(await seen({ userId: randomUUID(), agencyId: agency.agencyId }, ownersClient.id)).toBe('not_found');
  const other = await newAgency(harness, 'Westwind Media');
  expect(await seen(other.owner, ownersClient.id)).toBe('not_found');
  expect(await seen({ userId: other.ownerId, agencyId: agency.agencyId }, ownersClient.id)).toBe('not_found');
  expect(await seen(agency.owner, randomUUID())).toBe('not_found');
  expect(await seen(agency.owner, 'not-a-uuid')).toBe('not_found');
  expect(await seen({ userId: agency.ownerId, agencyId: 'not-a-uuid' }, ownersClient.id)).toBe('not_found');
});

it('answers client_deleted for a client being deleted to those who could read it, not_found to others', async () => {
  const closing = await newClient({ name: 'Closing Co' });
  await harness.client.DeactivateClient({ clientId: closing.id }, { actor: agency.owner });
  await harness.client.DeleteClient({ clientId: closing.id, confirm: 'Closing Co' }, { actor: agency.owner });
  expect(await seen(agency.owner, closing.id)).toBe('client_deleted');
  expect(await seen(member, closing.id)).toBe('not_found');
});
