import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/grpc';
import { eventually } from '@atrium/testing';
import {
  actorIn,
  clientCreated,
  newClient,
  problemOf,
  startHarness,
  type CampaignsClient,
  type Harness,
} from './support';

// A client's prospect database (docs/campaigns.md): prospects, lists, custom fields and field mappings,
// each call inside one client as the gateway resolved the caller's access.
let harness: Harness;
let api: CampaignsClient;

beforeAll(async () => {
  harness = await startHarness('campaigns_prospects');
  api = harness.client;
});

afterAll(async () => {
  await harness?.stop();
});

function createProspect(actor: Actor, clientId: string, email: string, extra: object = {}) {
  return api.CreateProspect({ clientId, email, ...extra }, { actor });
}

async function prospectIn(
  client: { agencyId: string; clientId: string },
  email = `${randomUUID()}@example.com`,
) {
  const { prospect } = await createProspect(actorIn(client, 'primary'), client.clientId, email);
  return prospect!;
}

describe('who may change a prospect database', () => {
  /** Every write, against a fresh client with one prospect, one list, one field and one mapping. */
  const writes: Record<
    string,
    (actor: Actor, client: { agencyId: string; clientId: string }) => Promise<unknown>
  > = {
    CreateProspect: (actor, { clientId }) => createProspect(actor, clientId, `${randomUUID()}@example.com`),
    UpdateProspect: async (actor, client) => {
      const { id } = await prospectIn(client);
      return api.UpdateProspect({ clientId: client.clientId, prospectId: id, company: 'Acme' }, { actor });
    },
    DeleteProspect: async (actor, client) => {
      const { id } = await prospectIn(client);
      return api.DeleteProspect({ clientId: client.clientId, prospectId: id }, { actor });
    },
    DeleteProspects: async (actor, client) => {
      const { id } = await prospectIn(client);
      return api.DeleteProspects({ clientId: client.clientId, prospectIds: [id] }, { actor });
    },
    RecordProspectAction: async (actor, client) => {
      const { id } = await prospectIn(client);
      return api.RecordProspectAction(
        { clientId: client.clientId, prospectId: id, action: 'PROSPECT_ACTION_TASK_DONE' },
        { actor },
      );
    },
    CreateProspectList: (actor, { clientId }) =>
      api.CreateProspectList({ clientId, name: randomUUID() }, { actor }),
    UpdateProspectList: async (actor, client) => {
      const { list } = await api.CreateProspectList(
        { clientId: client.clientId, name: randomUUID() },
        { actor: actorIn(client, 'primary') },
      );
      return api.UpdateProspectList(
        { clientId: client.clientId, listId: list!.id, name: randomUUID() },
        { actor },
      );
    },
    DeleteProspectList: async (actor, client) => {
      const { list } = await api.CreateProspectList(
        { clientId: client.clientId, name: randomUUID() },
        { actor: actorIn(client, 'primary') },
      );
      return api.DeleteProspectList({ clientId: client.clientId, listId: list!.id }, { actor });
    },
    AddProspectsToList: async (actor, client) => {
      const { id } = await prospectIn(client);
      const { list } = await api.CreateProspectList(
        { clientId: client.clientId, name: randomUUID() },
        { actor: actorIn(client, 'primary') },
      );
      return api.AddProspectsToList(
        { clientId: client.clientId, listId: list!.id, prospectIds: [id] },
        { actor },
      );
    },
    RemoveProspectsFromList: async (actor, client) => {
      const { id } = await prospectIn(client);
      const { list } = await api.CreateProspectList(
        { clientId: client.clientId, name: randomUUID() },
        { actor: actorIn(client, 'primary') },
      );
      return api.RemoveProspectsFromList(
        { clientId: client.clientId, listId: list!.id, prospectIds: [id] },
        { actor },
      );
    },
    CreateProspectField: (actor, { clientId }) =>
      api.CreateProspectField(
        { clientId, key: 'crm_id', label: 'CRM id', type: 'PROSPECT_FIELD_TYPE_TEXT' },
        { actor },
      ),
    UpdateProspectField: async (actor, client) => {
      await api.CreateProspectField(
        { clientId: client.clientId, key: 'crm_id', label: 'CRM id', type: 'PROSPECT_FIELD_TYPE_TEXT' },
        { actor: actorIn(client, 'primary') },
      );
      return api.UpdateProspectField({ clientId: client.clientId, key: 'crm_id', label: 'CRM' }, { actor });
    },
    DeleteProspectField: async (actor, client) => {
      await api.CreateProspectField(
        { clientId: client.clientId, key: 'crm_id', label: 'CRM id', type: 'PROSPECT_FIELD_TYPE_TEXT' },
        { actor: actorIn(client, 'primary') },
      );
      return api.DeleteProspectField({ clientId: client.clientId, key: 'crm_id' }, { actor });
    },
    CreateFieldMapping: (actor, { clientId }) =>
      api.CreateFieldMapping({ clientId, column: 'E-mail', target: 'FIELD_MAPPING_TARGET_EMAIL' }, { actor }),
    UpdateFieldMapping: async (actor, client) => {
      const { fieldMapping } = await api.CreateFieldMapping(
        { clientId: client.clientId, column: 'E-mail', target: 'FIELD_MAPPING_TARGET_EMAIL' },
        { actor: actorIn(client, 'primary') },
      );
      return api.UpdateFieldMapping(
        { clientId: client.clientId, mappingId: fieldMapping!.id, column: 'Email address' },
        { actor },
      );
    },
    DeleteFieldMapping: async (actor, client) => {
      const { fieldMapping } = await api.CreateFieldMapping(
        { clientId: client.clientId, column: 'E-mail', target: 'FIELD_MAPPING_TARGET_EMAIL' },
        { actor: actorIn(client, 'primary') },
      );
      return api.DeleteFieldMapping({ clientId: client.clientId, mappingId: fieldMapping!.id }, { actor });
    },
  };

  it.each(Object.keys(writes))('%s is refused to designers and read-only users', async (name) => {
    for (const role of ['designer', 'read_only'] as const) {
      const client = newClient();
      expect([role, await problemOf(writes[name]!(actorIn(client, role), client))]).toEqual([
        role,
        expect.objectContaining({ code: 'forbidden', status: 403 }),
      ]);
    }
  });

  it.each(Object.keys(writes))(
    '%s is allowed to the primary, administrators and agency users',
    async (name) => {
      for (const who of ['primary', 'administrator', 'agency_user'] as const) {
        const client = newClient();
        expect([who, await problemOf(writes[name]!(actorIn(client, who), client))]).toEqual([who, undefined]);
      }
    },
  );

  it('answers not found to a caller the gateway resolved no access for, or access to another client', async () => {
    const client = newClient();
    const { clientId } = client;
    const noAccess: Actor = { userId: randomUUID(), agencyId: client.agencyId };
    const elsewhere = actorIn(newClient(client.agencyId), 'primary');
    for (const actor of [undefined, noAccess, elsewhere]) {
      expect(await problemOf(api.ListProspects({ clientId }, actor ? { actor } : {}))).toMatchObject({
        code: actor ? 'not_found' : 'unauthenticated',
      });
      expect(await problemOf(createProspect(actor ?? noAccess, clientId, 'ada@example.com'))).toMatchObject({
        code: 'not_found',
      });
    }
  });
});

describe('reading a prospect database', () => {
  it('needs nothing but entry to the client: a read-only user lists and reads everything', async () => {
    const client = newClient();
    const prospect = await prospectIn(client);
    const reader = actorIn(client, 'read_only');
    const { clientId } = client;
    expect((await api.ListProspects({ clientId }, { actor: reader })).prospects.map((p) => p.id)).toEqual([
      prospect.id,
    ]);
    expect(
      (await api.GetProspect({ clientId, prospectId: prospect.id }, { actor: reader })).prospect,
    ).toEqual(prospect);
    expect(await problemOf(api.ListProspectLists({ clientId }, { actor: reader }))).toBeUndefined();
    expect(await problemOf(api.ListProspectFields({ clientId }, { actor: reader }))).toBeUndefined();
    expect(await problemOf(api.ListFieldMappings({ clientId }, { actor: reader }))).toBeUndefined();
  });

  it("answers not found for another client's or another agency's prospect, list and mapping", async () => {
    const owner = newClient();
    const prospect = await prospectIn(owner);
    const primary = actorIn(owner, 'primary');
    const { list } = await api.CreateProspectList(
      { clientId: owner.clientId, name: 'Leads' },
      { actor: primary },
    );
    const { fieldMapping } = await api.CreateFieldMapping(
      { clientId: owner.clientId, column: 'Mail', target: 'FIELD_MAPPING_TARGET_EMAIL' },
      { actor: primary },
    );
    // A sister client of the same agency, and a client of another agency that carries the same id.
    for (const other of [newClient(owner.agencyId), { agencyId: randomUUID(), clientId: owner.clientId }]) {
      const actor = actorIn(other, 'primary');
      const { clientId } = other;
      for (const call of [
        () => api.GetProspect({ clientId, prospectId: prospect.id }, { actor }),
        () => api.UpdateProspect({ clientId, prospectId: prospect.id, company: 'Taken' }, { actor }),
        () => api.DeleteProspect({ clientId, prospectId: prospect.id }, { actor }),
        () => api.UpdateProspectList({ clientId, listId: list!.id, name: 'Mine' }, { actor }),
        () => api.DeleteProspectList({ clientId, listId: list!.id }, { actor }),
        () => api.DeleteFieldMapping({ clientId, mappingId: fieldMapping!.id }, { actor }),
      ])
        expect(await problemOf(call())).toMatchObject({ code: 'not_found', status: 404 });
      // A sister client's bulk call skips ids that are not its own; in another agency, the client with
      // this id is not the caller's at all.
      const bulk = api.DeleteProspects({ clientId, prospectIds: [prospect.id] }, { actor });
      if (other.agencyId === owner.agencyId) expect(await bulk).toEqual({ deletedCount: 0 });
      else expect(await problemOf(bulk)).toMatchObject({ code: 'not_found' });
      expect((await api.ListProspects({ clientId }, { actor })).prospects).toEqual([]);
    }
    expect(
      (await api.GetProspect({ clientId: owner.clientId, prospectId: prospect.id }, { actor: primary }))
        .prospect,
    ).toMatchObject({ company: '' });
  });
});

describe('a prospect', () => {
  it('keeps its email lower-cased and unique per client whatever its case, and frees it when deleted', async () => {
    const client = newClient();
    const actor = actorIn(client, 'primary');
    const { clientId } = client;
    const { prospect } = await createProspect(actor, clientId, '  Ada.Lovelace@Example.COM ');
    expect(prospect).toMatchObject({ email: 'ada.lovelace@example.com', status: 'PROSPECT_STATUS_ACTIVE' });
    expect(await problemOf(createProspect(actor, clientId, 'ADA.LOVELACE@example.com'))).toMatchObject({
      code: 'email_in_use',
      status: 409,
      fields: [{ field: 'email', message: expect.any(String) }],
    });
    const other = (await createProspect(actor, clientId, 'grace@example.com')).prospect!;
    expect(
      await problemOf(
        api.UpdateProspect({ clientId, prospectId: other.id, email: 'Ada.Lovelace@example.com' }, { actor }),
      ),
    ).toMatchObject({ code: 'email_in_use' });
    // Another client of the agency may hold the same email.
    const sister = newClient(client.agencyId);
    expect(
      await problemOf(
        createProspect(actorIn(sister, 'primary'), sister.clientId, 'ada.lovelace@example.com'),
      ),
    ).toBeUndefined();
    await api.DeleteProspect({ clientId, prospectId: prospect!.id }, { actor });
    expect(await problemOf(createProspect(actor, clientId, 'Ada.Lovelace@example.com'))).toBeUndefined();
  });

  it('refuses invalid fields, naming each', async () => {
    const client = newClient();
    const actor = actorIn(client, 'primary');
    expect(
      await problemOf(
        createProspect(actor, client.clientId, 'not-an-email', {
          phone: 'call me',
          firstName: 'x'.repeat(121),
          customFields: { unknown: '1' },
        }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      status: 400,
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'email' }),
        expect.objectContaining({ field: 'phone' }),
        expect.objectContaining({ field: 'firstName' }),
        expect.objectContaining({ field: 'customFields.unknown' }),
      ]),
    });
  });

  it("carries the client's custom fields, checked by type, and loses a field's values with the field", async () => {
    const client = newClient();
    const actor = actorIn(client, 'primary');
    const { clientId } = client;
    await api.CreateProspectField(
      { clientId, key: 'score', label: 'Score', type: 'PROSPECT_FIELD_TYPE_NUMBER' },
      { actor },
    );
    await api.CreateProspectField(
      { clientId, key: 'met_on', label: 'Met on', type: 'PROSPECT_FIELD_TYPE_DATE' },
      { actor },
    );
    expect(
      await problemOf(
        createProspect(actor, clientId, 'a@example.com', { customFields: { met_on: '2026-02-30' } }),
      ),
    ).toMatchObject({ fields: [{ field: 'customFields.met_on', message: expect.any(String) }] });
    const { prospect } = await createProspect(actor, clientId, 'a@example.com', {
      customFields: { score: '12.5', met_on: '2026-02-28' },
      tags: ['vip', ' vip ', 'new'],
    });
    expect(prospect).toMatchObject({
      customFields: { score: '12.5', met_on: '2026-02-28' },
      tags: ['vip', 'new'],
    });
    await api.DeleteProspectField({ clientId, key: 'score' }, { actor });
    expect(
      (await api.GetProspect({ clientId, prospectId: prospect!.id }, { actor })).prospect!.customFields,
    ).toEqual({
      met_on: '2026-02-28',
    });
  });
});

describe('the prospect list', () => {
  it('searches, filters by list, tag, status and contact time, sorts and pages; deleted prospects never show', async () => {
    const client = newClient();
    const actor = actorIn(client, 'primary');
    const { clientId } = client;
    const made = [];
    for (const [email, lastName, company, tags, status] of [
      ['ada@example.com', 'Lovelace', 'Analytical', ['vip'], 'PROSPECT_STATUS_ACTIVE'],
      ['grace@example.com', 'Hopper', 'Navy', ['vip'], 'PROSPECT_STATUS_BOUNCED'],
      ['alan@example.com', 'Turing', 'Bletchley', [], 'PROSPECT_STATUS_ACTIVE'],
      ['edsger@example.com', 'Dijkstra', 'Eindhoven', [], 'PROSPECT_STATUS_UNSUBSCRIBED'],
    ] as const)
      made.push(
        (await createProspect(actor, clientId, email, { lastName, company, tags, status })).prospect!,
      );
    const [ada, grace, alan, edsger] = made as [
      (typeof made)[0],
      (typeof made)[0],
      (typeof made)[0],
      (typeof made)[0],
    ];
    await api.RecordProspectAction(
      {
        clientId,
        prospectId: alan.id,
        action: 'PROSPECT_ACTION_EMAIL_SENT',
        performedAt: '2026-01-10T00:00:00Z',
      },
      { actor },
    );
    await api.RecordProspectAction(
      {
        clientId,
        prospectId: ada.id,
        action: 'PROSPECT_ACTION_EMAIL_SENT',
        performedAt: '2026-03-10T00:00:00Z',
      },
      { actor },
    );
    const { list } = await api.CreateProspectList({ clientId, name: 'Pioneers' }, { actor });
    await api.AddProspectsToList({ clientId, listId: list!.id, prospectIds: [ada.id, edsger.id] }, { actor });
    await api.DeleteProspect({ clientId, prospectId: edsger.id }, { actor });

    const emails = async (request: object) =>
      (await api.ListProspects({ clientId, ...request }, { actor })).prospects.map((p) => p.email);
    expect(await emails({ sort: 'PROSPECT_SORT_EMAIL' })).toEqual([
      'ada@example.com',
      'alan@example.com',
      'grace@example.com',
    ]);
    expect(await emails({ filter: { query: 'HOPP' } })).toEqual(['grace@example.com']);
    expect(await emails({ filter: { query: 'bletch' } })).toEqual(['alan@example.com']);
    expect(await emails({ filter: { listId: list!.id } })).toEqual(['ada@example.com']);
    expect(await emails({ filter: { tag: 'vip' }, sort: 'PROSPECT_SORT_LAST_NAME' })).toEqual([
      'grace@example.com',
      'ada@example.com',
    ]);
    expect(await emails({ filter: { status: 'PROSPECT_STATUS_BOUNCED' } })).toEqual(['grace@example.com']);
    expect(await emails({ filter: { contactedBefore: '2026-02-01T00:00:00Z' } })).toEqual([
      'alan@example.com',
    ]);
    expect(await emails({ filter: { contactedAfter: '2026-02-01T00:00:00Z' } })).toEqual(['ada@example.com']);
    // Never-contacted prospects come last in either order.
    for (const order of ['PROSPECT_SORT_ORDER_ASC', 'PROSPECT_SORT_ORDER_DESC'])
      expect((await emails({ sort: 'PROSPECT_SORT_LAST_CONTACTED_AT', order }))[2]).toBe('grace@example.com');

    // One at a time, every sort walks every stored prospect exactly once.
    for (const sort of [
      'PROSPECT_SORT_CREATED_AT',
      'PROSPECT_SORT_COMPANY',
      'PROSPECT_SORT_LAST_CONTACTED_AT',
    ]) {
      const seen: string[] = [];
      let cursor = '';
      do {
        const page = await api.ListProspects(
          { clientId, sort: sort as 'PROSPECT_SORT_EMAIL', limit: 1, cursor },
          { actor },
        );
        seen.push(...page.prospects.map((p) => p.email));
        cursor = page.nextCursor;
      } while (cursor);
      expect([sort, seen.sort()]).toEqual([
        sort,
        ['ada@example.com', 'alan@example.com', 'grace@example.com'],
      ]);
    }
    expect(
      await problemOf(
        api.ListProspects({ clientId, sort: 'PROSPECT_SORT_EMAIL', cursor: 'forged' }, { actor }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'cursor', message: expect.any(String) }],
    });
    expect((await api.GetProspect({ clientId, prospectId: grace.id }, { actor })).prospect).toMatchObject({
      status: 'PROSPECT_STATUS_BOUNCED',
    });
    expect(await problemOf(api.GetProspect({ clientId, prospectId: edsger.id }, { actor }))).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('prospect lists', () => {
  it('append by ids or filter once each, take prospects off, count only stored ones, and keep prospects when deleted', async () => {
    const client = newClient();
    const actor = actorIn(client, 'administrator');
    const { clientId } = client;
    const a = await prospectIn(client, 'a@example.com');
    const b = await prospectIn(client, 'b@example.com');
    await prospectIn(client, 'c@other.test');
    const { list } = await api.CreateProspectList({ clientId, name: 'Example' }, { actor });
    const listId = list!.id;
    expect(await problemOf(api.CreateProspectList({ clientId, name: 'EXAMPLE' }, { actor }))).toMatchObject({
      code: 'list_name_in_use',
    });
    expect(await api.AddProspectsToList({ clientId, listId, prospectIds: [a.id] }, { actor })).toEqual({
      addedCount: 1,
    });
    expect(
      await api.AddProspectsToList({ clientId, listId, filter: { query: '@example.com' } }, { actor }),
    ).toEqual({
      addedCount: 1,
    });
    expect(
      await problemOf(
        api.AddProspectsToList({ clientId, listId, prospectIds: [a.id], filter: {} }, { actor }),
      ),
    ).toMatchObject({ code: 'validation_failed' });
    const count = async () =>
      (await api.ListProspectLists({ clientId }, { actor })).lists.find((l) => l.id === listId)
        ?.prospectCount;
    expect(await count()).toBe(2);
    await api.DeleteProspects({ clientId, prospectIds: [b.id] }, { actor });
    expect(await count()).toBe(1);
    expect(await api.RemoveProspectsFromList({ clientId, listId, prospectIds: [a.id] }, { actor })).toEqual({
      removedCount: 1,
    });
    await api.AddProspectsToList({ clientId, listId, prospectIds: [a.id] }, { actor });
    await api.DeleteProspectList({ clientId, listId }, { actor });
    expect((await api.ListProspectLists({ clientId }, { actor })).lists).toEqual([]);
    expect((await api.GetProspect({ clientId, prospectId: a.id }, { actor })).prospect!.listIds).toEqual([]);
  });
});

describe('field mappings', () => {
  it('map a column once per client onto a standard or a custom field, and go with their custom field', async () => {
    const client = newClient();
    const actor = actorIn(client, 'primary');
    const { clientId } = client;
    await api.CreateProspectField(
      { clientId, key: 'crm_id', label: 'CRM id', type: 'PROSPECT_FIELD_TYPE_TEXT' },
      { actor },
    );
    const { fieldMapping } = await api.CreateFieldMapping(
      { clientId, column: 'CRM', target: 'FIELD_MAPPING_TARGET_CUSTOM', customFieldKey: 'crm_id' },
      { actor },
    );
    expect(fieldMapping).toMatchObject({
      column: 'CRM',
      target: 'FIELD_MAPPING_TARGET_CUSTOM',
      customFieldKey: 'crm_id',
    });
    expect(
      await problemOf(
        api.CreateFieldMapping({ clientId, column: 'crm', target: 'FIELD_MAPPING_TARGET_EMAIL' }, { actor }),
      ),
    ).toMatchObject({ code: 'field_mapping_exists' });
    expect(
      await problemOf(
        api.CreateFieldMapping(
          { clientId, column: 'Other', target: 'FIELD_MAPPING_TARGET_CUSTOM', customFieldKey: 'nope' },
          { actor },
        ),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'customFieldKey', message: expect.any(String) }],
    });
    const { fieldMapping: email } = await api.CreateFieldMapping(
      { clientId, column: 'Mail', target: 'FIELD_MAPPING_TARGET_EMAIL' },
      { actor },
    );
    expect(
      (
        await api.UpdateFieldMapping(
          { clientId, mappingId: email!.id, target: 'FIELD_MAPPING_TARGET_PHONE' },
          { actor },
        )
      ).fieldMapping,
    ).toMatchObject({ column: 'Mail', target: 'FIELD_MAPPING_TARGET_PHONE' });
    await api.DeleteProspectField({ clientId, key: 'crm_id' }, { actor });
    expect((await api.ListFieldMappings({ clientId }, { actor })).fieldMappings.map((m) => m.column)).toEqual(
      ['Mail'],
    );
  });
});

describe('a deleted client', () => {
  it('answers client_deleted, and the purge leaves nothing of its prospect database', async () => {
    const client = newClient();
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    const actor = actorIn(client, 'primary');
    const { clientId } = client;
    const prospect = await prospectIn(client);
    const { list } = await api.CreateProspectList({ clientId, name: 'Doomed' }, { actor });
    await api.AddProspectsToList({ clientId, listId: list!.id, prospectIds: [prospect.id] }, { actor });
    await api.CreateProspectField(
      { clientId, key: 'crm_id', label: 'CRM', type: 'PROSPECT_FIELD_TYPE_TEXT' },
      { actor },
    );
    await api.CreateFieldMapping(
      { clientId, column: 'CRM', target: 'FIELD_MAPPING_TARGET_CUSTOM', customFieldKey: 'crm_id' },
      { actor },
    );
    const kept = newClient(client.agencyId);
    await prospectIn(kept);

    await harness.publishTenancyEvent('atrium.tenancy.v1.client.deletion_requested', {
      ...client,
      requestedBy: randomUUID(),
      participants: ['campaigns'],
    });
    await harness.settled();
    await eventually(
      async () =>
        harness.events.some(
          (e) => e.type === 'atrium.campaigns.v1.client.purged' && e.data.clientId === clientId,
        )
          ? true
          : undefined,
      10_000,
      'the purge report',
    );
    for (const call of [() => api.ListProspects({ clientId }, { actor }), () => prospectIn(client)])
      expect(await problemOf(call())).toMatchObject({ code: 'client_deleted', status: 410 });
    for (const table of [
      'prospects',
      'prospect_lists',
      'prospect_list_members',
      'prospect_fields',
      'field_mappings',
      'client_prospect_counters',
    ]) {
      const { rows } = await harness.owner.query<{ client_id: string }>(`SELECT client_id FROM ${table}`);
      expect([table, rows.filter((row) => row.client_id === clientId)]).toEqual([table, []]);
    }
    expect(
      (await api.ListProspects({ clientId: kept.clientId }, { actor: actorIn(kept, 'primary') })).prospects,
    ).toHaveLength(1);
  });
});
