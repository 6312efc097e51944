import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

const PLAN_CLIENT_LIMIT = 6;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_clients', { PLAN_CLIENT_LIMIT: String(PLAN_CLIENT_LIMIT) });
});

afterAll(async () => {
  await harness?.stop();
});

async function create(actor: Actor, request: tenancy.CreateClientRequest): Promise<tenancy.Client__Output> {
  const { client } = await harness.client.CreateClient(request, { actor });
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

async function putOnTeam(agency: TestAgency, clientId: string, userId: string): Promise<void> {
  await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
    tx.clientTeamMember.create({ data: { clientId, agencyId: agency.agencyId, userId } }),
  );
}

describe('creating a client account', () => {
  it('keeps every field of docs/product.md "Client accounts" and announces the whole client', async () => {
    const agency = await newAgency(harness);
    const manager = await addMember(harness, agency, 'member', 'Mona Manager');
    await harness.client.SaveCustomField({ key: 'crm_id', label: 'CRM id' }, { actor: agency.owner });
    const client = await create(agency.owner, {
      name: 'Blue Bottle',
      description: 'Coffee roaster',
      website: 'https://bluebottle.example',
      tags: ['Coffee', 'west coast'],
      accountType: 'ads_only',
      region: 'US',
      isMaster: false,
      accountManagerId: manager.userId,
      customProperties: [{ key: 'crm_id', value: 'BB-42' }],
      companyProfile: {
        legalName: 'Blue Bottle Coffee Inc.',
        street: '300 Webster St',
        city: 'Oakland',
        postalCode: '94607',
        country: 'us',
      },
      profileContact: { name: 'Pat Profile', email: 'Pat@BlueBottle.example', phone: '+1 510 555 0100' },
      billingContact: { name: 'Bill Payer', email: 'billing@bluebottle.example' },
      billingMode: 'client_card',
      renewalDate: '2031-06-30',
      settings: { adsEnabled: false, engagementSuppression: false },
    });
    expect(client).toMatchObject({
      agencyId: agency.agencyId,
      name: 'Blue Bottle',
      tags: ['coffee', 'west coast'],
      status: 'active',
      accountType: 'ads_only',
      region: 'US',
      ownerId: agency.ownerId,
      ownerName: 'Olive Owner',
      accountManagerId: manager.userId,
      customProperties: [{ key: 'crm_id', value: 'BB-42' }],
      companyProfile: { country: 'US', city: 'Oakland' },
      companyProfileComplete: true,
      profileContact: { email: 'pat@bluebottle.example', phone: '+1 510 555 0100' },
      billingContact: { name: 'Bill Payer', email: 'billing@bluebottle.example', phone: '' },
      billingMode: 'client_card',
      renewalDate: '2031-06-30',
      renewalDueSoon: false,
      settings: {
        adsEnabled: false,
        clientMayRebrand: true,
        directSupport: false,
        emailSendLimitPerMonth: 0,
        engagementSuppression: false,
      },
      counters: { storedProspects: 0, connectedProspects: 0, runningCampaigns: 0, toBeContacted: 0 },
    });
    const { client: read } = await harness.client.GetClient({ clientId: client.id }, { actor: agency.owner });
    expect(read).toEqual(client);
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.client.created',
      (data) => data.clientId === client.id,
    );
    expect(event.data).toMatchObject({
      agencyId: agency.agencyId,
      name: 'Blue Bottle',
      ownerId: agency.ownerId,
      createdBy: agency.ownerId,
      client: { billingMode: 'client_card', companyProfile: { legalName: 'Blue Bottle Coffee Inc.' } },
    });
  });

  it('names each bad field, including people and keys the agency does not have', async () => {
    const agency = await newAgency(harness);
    const stranger = await newAgency(harness);
    expect(
      await problem(
        create(agency.owner, {
          name: 'X',
          region: 'MARS',
          companyProfile: { country: 'ZZ' },
          profileContact: { email: 'nope' },
        }),
      ),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [
        { field: 'name', message: 'must be 2 to 120 characters' },
        { field: 'region', message: 'must be one of US, EU, AU_CA_NZ, OTHER' },
        { field: 'companyProfile.country', message: 'must be an ISO 3166-1 alpha-2 country code' },
        { field: 'profileContact.email', message: 'must be an email' },
      ],
    });
    expect(
      await problem(
        create(agency.owner, {
          name: 'Fine name',
          ownerId: stranger.ownerId,
          accountManagerId: randomUUID(),
          customProperties: [{ key: 'undefined_key', value: 'x' }],
        }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [
        { field: 'ownerId', message: 'is not a member of this agency' },
        { field: 'accountManagerId', message: 'is not a member of this agency' },
        { field: 'customProperties.undefined_key', message: 'is not a custom field of this agency' },
      ],
    });
  });

  it('refuses an email send limit for a client paying by card', async () => {
    const agency = await newAgency(harness);
    expect(
      await problem(
        create(agency.owner, {
          name: 'Card Payer',
          billingMode: 'client_card',
          settings: { emailSendLimitPerMonth: 5000 },
        }),
      ),
    ).toMatchObject({ status: 409, code: 'limits_not_allowed' });
    const managed = await create(agency.owner, {
      name: 'Managed',
      settings: { emailSendLimitPerMonth: 5000 },
    });
    expect(managed.settings).toMatchObject({ emailSendLimitPerMonth: 5000, directSupport: true });
  });

  it('stops at the plan limit, counting inactive clients too', async () => {
    const agency = await newAgency(harness);
    const clients = [];
    for (let index = 0; index < PLAN_CLIENT_LIMIT; index += 1)
      clients.push(await create(agency.owner, { name: `Client ${index}` }));
    await harness.client.DeactivateClient({ clientId: clients[0]!.id }, { actor: agency.owner });
    expect(await problem(create(agency.owner, { name: 'One too many' }))).toMatchObject({
      status: 409,
      code: 'plan_limit_reached',
    });
    // Another agency has its own limit.
    const other = await newAgency(harness);
    expect((await create(other.owner, { name: 'Fresh start' })).name).toBe('Fresh start');
  });

  it('allows one master client per agency', async () => {
    const agency = await newAgency(harness);
    const master = await create(agency.owner, { name: 'Our own account', isMaster: true });
    expect(master.isMaster).toBe(true);
    expect(await problem(create(agency.owner, { name: 'Second master', isMaster: true }))).toMatchObject({
      status: 409,
      code: 'conflict',
      fields: [{ field: 'isMaster', message: 'the agency already has a master client' }],
    });
    const plain = await create(agency.owner, { name: 'Plain' });
    expect(
      await problem(
        harness.client.UpdateClient({ clientId: plain.id, isMaster: true }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'conflict' });
  });

  it('needs clients:create', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Max Member');
    expect(await problem(create(member, { name: 'Not mine to make' }))).toMatchObject({ code: 'forbidden' });
  });
});

describe('reading client accounts', () => {
  it('lets a member enter only clients it owns or is on the team of, and hides the rest as not found', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Tess Team');
    const owned = await create(agency.owner, { name: 'Owned by Tess', ownerId: member.userId });
    const team = await create(agency.owner, { name: 'Tess on team' });
    const hidden = await create(agency.owner, { name: 'Not for Tess' });
    await putOnTeam(agency, team.id, member.userId);

    for (const client of [owned, team])
      expect((await harness.client.GetClient({ clientId: client.id }, { actor: member })).client?.id).toBe(
        client.id,
      );
    expect(await problem(harness.client.GetClient({ clientId: hidden.id }, { actor: member }))).toMatchObject(
      {
        status: 404,
        code: 'not_found',
      },
    );
    const listed = await harness.client.ListClients({ sort: 'name' }, { actor: member });
    expect(listed.items.map((client) => client.name)).toEqual(['Owned by Tess', 'Tess on team']);
  });

  it('answers not_found for another agency’s client, a malformed id and a deleted client', async () => {
    const agency = await newAgency(harness);
    const other = await newAgency(harness);
    const theirs = await create(other.owner, { name: 'Their client' });
    for (const clientId of [theirs.id, 'not-a-uuid', randomUUID()])
      expect(await problem(harness.client.GetClient({ clientId }, { actor: agency.owner }))).toMatchObject({
        code: 'not_found',
      });
    expect(
      await problem(
        harness.client.UpdateClient({ clientId: theirs.id, name: 'Mine now' }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problem(harness.client.DeactivateClient({ clientId: theirs.id }, { actor: agency.owner })),
    ).toMatchObject({ code: 'not_found' });

    const mine = await create(agency.owner, { name: 'Going away' });
    await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.client.update({ where: { id: mine.id }, data: { status: 'deleting' } }),
    );
    expect(
      await problem(harness.client.GetClient({ clientId: mine.id }, { actor: agency.owner })),
    ).toMatchObject({
      status: 410,
      code: 'client_deleted',
    });
    await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.client.update({ where: { id: mine.id }, data: { status: 'deleted' } }),
    );
    expect(
      await problem(harness.client.GetClient({ clientId: mine.id }, { actor: agency.owner })),
    ).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('updating a client account', () => {
  it('changes only the fields sent, and announces which changed', async () => {
    const agency = await newAgency(harness);
    const client = await create(agency.owner, {
      name: 'Harbour Bakery',
      description: 'Bread',
      tags: ['food'],
      companyProfile: { legalName: 'Harbour Bakery Ltd', city: 'Bristol', country: 'GB' },
    });
    const { client: updated } = await harness.client.UpdateClient(
      {
        clientId: client.id,
        website: 'https://harbour.example',
        companyProfile: { city: 'Bath' },
        settings: { clientMayRebrand: false },
        tags: { tags: [] },
        renewalDate: '2030-01-01',
      },
      { actor: agency.owner },
    );
    expect(updated).toMatchObject({
      name: 'Harbour Bakery',
      description: 'Bread',
      website: 'https://harbour.example',
      tags: [],
      renewalDate: '2030-01-01',
      companyProfile: { legalName: 'Harbour Bakery Ltd', city: 'Bath', country: 'GB' },
      settings: { clientMayRebrand: false, adsEnabled: true },
    });
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.client.updated',
      (data) => data.clientId === client.id,
    );
    expect(event.data).toMatchObject({
      agencyId: agency.agencyId,
      updatedBy: agency.ownerId,
      changedFields: ['website', 'tags', 'companyProfile.city', 'renewalDate', 'settings.clientMayRebrand'],
      client: { website: 'https://harbour.example', companyProfile: { city: 'Bath' } },
    });
  });

  it('names bad fields, and applies nothing of a refused change', async () => {
    const agency = await newAgency(harness);
    const client = await create(agency.owner, { name: 'Steady' });
    expect(
      await problem(
        harness.client.UpdateClient(
          { clientId: client.id, name: 'Renamed', website: 'javascript:alert(1)', billingMode: 'cash' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [
        { field: 'website', message: 'must be an http(s) URL' },
        { field: 'billingMode', message: 'must be one of client_card, agency_managed' },
      ],
    });
    expect(
      await problem(
        harness.client.UpdateClient(
          { clientId: client.id, settings: { emailSendLimitPerMonth: 100 }, billingMode: 'client_card' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'limits_not_allowed' });
    expect(
      (await harness.client.GetClient({ clientId: client.id }, { actor: agency.owner })).client,
    ).toMatchObject({
      name: 'Steady',
      billingMode: 'agency_managed',
    });
  });

  it('needs clients:update, and only an agency owner, admin or the client’s owner hands it over', async () => {
    const agency = await newAgency(harness);
    const admin = await addMember(harness, agency, 'admin', 'Ada Admin');
    const member = await addMember(harness, agency, 'member', 'Milo Member');
    const client = await create(agency.owner, { name: 'Handover', ownerId: member.userId });
    expect(
      await problem(harness.client.UpdateClient({ clientId: client.id, name: 'Mine' }, { actor: member })),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    const { client: handed } = await harness.client.UpdateClient(
      { clientId: client.id, ownerId: admin.userId },
      { actor: admin },
    );
    expect(handed).toMatchObject({ ownerId: admin.userId, ownerName: 'Ada Admin' });
    expect(
      await problem(
        harness.client.UpdateClient({ clientId: client.id, ownerId: randomUUID() }, { actor: admin }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'ownerId', message: 'is not a member of this agency' }],
    });
  });

  it('switches a client off and on, keeping it in the list, each once', async () => {
    const agency = await newAgency(harness);
    const client = await create(agency.owner, { name: 'Seasonal' });
    const off = await harness.client.DeactivateClient({ clientId: client.id }, { actor: agency.owner });
    expect(off.client?.status).toBe('inactive');
    expect(
      (await harness.client.DeactivateClient({ clientId: client.id }, { actor: agency.owner })).client
        ?.status,
    ).toBe('inactive');
    const deactivated = await harness.nextEvent(
      'atrium.tenancy.v1.client.deactivated',
      (data) => data.clientId === client.id,
    );
    expect(deactivated.data).toEqual({
      agencyId: agency.agencyId,
      clientId: client.id,
      name: 'Seasonal',
      deactivatedBy: agency.ownerId,
    });
    const inactive = await harness.client.ListClients({ status: 'inactive' }, { actor: agency.owner });
    expect(inactive.items.map((row) => row.id)).toEqual([client.id]);

    const on = await harness.client.ReactivateClient({ clientId: client.id }, { actor: agency.owner });
    expect(on.client?.status).toBe('active');
    const reactivated = await harness.nextEvent(
      'atrium.tenancy.v1.client.reactivated',
      (data) => data.clientId === client.id,
    );
    expect(reactivated.data).toMatchObject({ reactivatedBy: agency.ownerId });
    expect(
      harness.events.filter(
        (event) => event.type === 'atrium.tenancy.v1.client.deactivated' && event.data.clientId === client.id,
      ),
    ).toHaveLength(1);
  });
});

describe('the client list', () => {
  let agency: TestAgency;
  let member: Actor & { agencyId: string };

  beforeAll(async () => {
    agency = await newAgency(harness, 'List Agency');
    member = await addMember(harness, agency, 'admin', 'Zed Zimmer');
    const clients: tenancy.CreateClientRequest[] = [
      { name: 'delta', tags: ['retail'] },
      { name: 'Alpha', ownerId: member.userId, tags: ['retail', 'vip'] },
      { name: 'charlie', accountManagerId: member.userId },
      { name: 'Bravo' },
    ];
    for (const client of clients) await create(agency.owner, client);
  });

  async function walk(request: tenancy.ListClientsRequest, pageSize = 2): Promise<string[]> {
    const names: string[] = [];
    let cursor = '';
    do {
      const page = await harness.client.ListClients(
        { ...request, limit: pageSize, cursor },
        { actor: agency.owner },
      );
      names.push(...page.items.map((client) => client.name));
      cursor = page.nextCursor;
    } while (cursor);
    return names;
  }

  it('sorts by name case-insensitively either way, page after page', async () => {
    expect(await walk({ sort: 'name' })).toEqual(['Alpha', 'Bravo', 'charlie', 'delta']);
    expect(await walk({ sort: 'name', order: 'desc' }, 3)).toEqual(['delta', 'charlie', 'Bravo', 'Alpha']);
  });

  it('sorts by owner name and newest first by default', async () => {
    // Olive Owner's three clients tie and break on their ids; Zed Zimmer's comes last.
    const byOwner = await walk({ sort: 'ownerName', order: 'asc' }, 1);
    expect(byOwner.slice(3)).toEqual(['Alpha']);
    expect(byOwner.slice(0, 3).sort()).toEqual(['Bravo', 'charlie', 'delta']);
    expect((await walk({ sort: 'ownerName', order: 'desc' }, 3))[0]).toBe('Alpha');
    expect(await walk({})).toEqual(['Bravo', 'charlie', 'Alpha', 'delta']);
  });

  it('filters by status, text over client and owner name, tag, account manager and owner', async () => {
    const names = async (request: tenancy.ListClientsRequest) =>
      (await harness.client.ListClients({ sort: 'name', ...request }, { actor: agency.owner })).items.map(
        (client) => client.name,
      );
    expect(await names({ query: 'zimm' })).toEqual(['Alpha']);
    expect(await names({ query: 'AR' })).toEqual(['charlie']);
    expect(await names({ tag: ' Retail ' })).toEqual(['Alpha', 'delta']);
    expect(await names({ accountManagerId: member.userId })).toEqual(['charlie']);
    expect(await names({ ownerId: agency.ownerId })).toEqual(['Bravo', 'charlie', 'delta']);
    expect(await names({ status: 'inactive' })).toEqual([]);
  });

  it('keeps its pages exact while clients are added between them', async () => {
    const first = await harness.client.ListClients({ sort: 'name', limit: 2 }, { actor: agency.owner });
    expect(first.items.map((client) => client.name)).toEqual(['Alpha', 'Bravo']);
    // Sorts before the cursor and after it: neither shifts the next page.
    await create(agency.owner, { name: 'Aardvark' });
    await create(agency.owner, { name: 'Echo' });
    const second = await harness.client.ListClients(
      { sort: 'name', limit: 2, cursor: first.nextCursor },
      { actor: agency.owner },
    );
    expect(second.items.map((client) => client.name)).toEqual(['charlie', 'delta']);
  });

  it('refuses a cursor made for another sort, and names bad list parameters', async () => {
    const page = await harness.client.ListClients({ sort: 'name', limit: 1 }, { actor: agency.owner });
    expect(
      await problem(
        harness.client.ListClients(
          { sort: 'createdAt', limit: 1, cursor: page.nextCursor },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'cursor' }] });
    expect(
      await problem(
        harness.client.ListClients(
          { sort: 'name', order: 'desc', cursor: page.nextCursor },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'cursor' }] });
    expect(
      await problem(
        harness.client.ListClients(
          { sort: 'price', order: 'up', status: 'gone', ownerId: 'x', limit: 500 },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [
        { field: 'limit' },
        { field: 'status' },
        { field: 'sort' },
        { field: 'order' },
        { field: 'ownerId' },
      ],
    });
  });

  it('walks every counter and date sort, ties broken by id', async () => {
    for (const sort of ['lastActivityAt', 'connectedProspects', 'runningCampaigns', 'toBeContacted']) {
      for (const order of ['asc', 'desc']) {
        const names = await walk({ sort, order });
        expect(names).toHaveLength(6);
        expect(new Set(names).size).toBe(6);
      }
    }
  });
});

describe('custom fields', () => {
  it('are defined and relabelled with organization:manage, listed to members, and refused when malformed', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Nora Member');
    await harness.client.SaveCustomField({ key: 'tier', label: 'Tier' }, { actor: agency.owner });
    const { customField } = await harness.client.SaveCustomField(
      { key: 'tier', label: 'Service tier' },
      { actor: agency.owner },
    );
    expect(customField).toMatchObject({ key: 'tier', label: 'Service tier' });
    expect((await harness.client.ListCustomFields({}, { actor: member })).customFields).toMatchObject([
      { key: 'tier', label: 'Service tier' },
    ]);
    expect(
      await problem(harness.client.SaveCustomField({ key: 'owned', label: 'Mine' }, { actor: member })),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await problem(harness.client.SaveCustomField({ key: 'Bad Key', label: '' }, { actor: agency.owner })),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'key' }, { field: 'label' }] });
    const saved = await harness.nextEvent(
      'atrium.tenancy.v1.custom_field.saved',
      (data) => data.agencyId === agency.agencyId && data.label === 'Service tier',
    );
    expect(saved.data).toEqual({
      agencyId: agency.agencyId,
      key: 'tier',
      label: 'Service tier',
      savedBy: agency.ownerId,
    });
  });

  it('take their values away from every client when deleted', async () => {
    const agency = await newAgency(harness);
    await harness.client.SaveCustomField({ key: 'tier', label: 'Tier' }, { actor: agency.owner });
    await harness.client.SaveCustomField(
      { key: 'region_code', label: 'Region code' },
      { actor: agency.owner },
    );
    const client = await create(agency.owner, {
      name: 'Tiered',
      customProperties: [
        { key: 'tier', value: 'gold' },
        { key: 'region_code', value: 'N1' },
      ],
    });
    await harness.client.DeleteCustomField({ key: 'tier' }, { actor: agency.owner });
    const { client: after } = await harness.client.GetClient(
      { clientId: client.id },
      { actor: agency.owner },
    );
    expect(after?.customProperties).toEqual([{ key: 'region_code', value: 'N1' }]);
    expect(
      await problem(
        harness.client.UpdateClient(
          { clientId: client.id, customProperties: { properties: [{ key: 'tier', value: 'silver' }] } },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'customProperties.tier' }] });
    expect(
      await problem(harness.client.DeleteCustomField({ key: 'tier' }, { actor: agency.owner })),
    ).toMatchObject({ code: 'not_found' });
  });
});
