import { randomBytes, randomUUID } from 'node:crypto';
import { platformForTests, type Answer } from './platform';
import { agencyFixture, createClient, expectStatus, type AgencyFixture, type Person } from './fixture';

// A client's prospect database through the real gateway, tenancy and campaigns (docs/campaigns.md):
// the gateway resolves entry to the client and the caller's client permissions from tenancy, and
// campaigns compares them. Reads need entry only; prospects and lists change with lists:write, custom
// fields and field mappings with field_mappings:write, both held by the primary, administrators and
// agency users who may enter the client, and by no designer or read-only user.
jest.setTimeout(180_000);

// Client users sign up with Argon2 hashes; on a busy machine eight of them at once outlast 5 s.
const e2e = platformForTests({ env: { GRPC_DEADLINE_MS: '20000' } });
const { call } = e2e;
let harbour: AgencyFixture;
let stranger: AgencyFixture;

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, { label: 'prospects', agencyName: 'Harbour Agency' });
  stranger = await agencyFixture(e2e.platform, { label: 'faraway', agencyName: 'Faraway Agency' });
  // The member reaches the client through its team; agency users who may enter hold every permission.
  await expectStatus(
    call('PUT', `/v1/clients/${harbour.client.id}/team`, {
      token: harbour.owner.accessToken,
      body: { ownerId: harbour.owner.user.id, memberIds: [harbour.member.user.id] },
    }),
    200,
    'putting the member on the team',
  );
});

const unique = () => randomBytes(4).toString('hex');
const base = () => `/v1/clients/${harbour.client.id}`;
const asOwner = (method: string, route: string, body?: unknown) =>
  call(method, route, { token: harbour.owner.accessToken, ...(body === undefined ? {} : { body }) });

async function newProspect(fields: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
  return expectStatus(
    asOwner('POST', `${base()}/prospects`, { email: `p-${unique()}@example.com`, ...fields }),
    201,
    'creating a prospect',
  );
}

async function newList(): Promise<{ id: string }> {
  return expectStatus(
    asOwner('POST', `${base()}/lists`, { name: `List ${unique()}` }),
    201,
    'creating a list',
  );
}

async function newField(): Promise<{ key: string }> {
  return expectStatus(
    asOwner('POST', `${base()}/prospect-fields`, { key: `f_${unique()}`, label: 'Field', type: 'text' }),
    201,
    'creating a field',
  );
}

async function newMapping(): Promise<{ id: string }> {
  return expectStatus(
    asOwner('POST', `${base()}/field-mappings`, { column: `Column ${unique()}`, target: 'company' }),
    201,
    'creating a mapping',
  );
}

/**
 * Every write route, each prepared by the owner and then sent by the caller: the permission it needs,
 * the status it answers when allowed, and, for a refusal, what must still be there afterwards.
 */
interface WriteRoute {
  name: string;
  permission: 'lists:write' | 'field_mappings:write';
  granted: number;
  send(token: string): Promise<{ answer: Answer; unchanged?: () => Promise<boolean> }>;
}

const prospectStillThere = (id: string) => async () =>
  (await asOwner('GET', `${base()}/prospects/${id}`)).status === 200;

const WRITES: WriteRoute[] = [
  {
    name: 'POST /prospects',
    permission: 'lists:write',
    granted: 201,
    send: async (token) => ({
      answer: await call('POST', `${base()}/prospects`, {
        token,
        body: { email: `w-${unique()}@example.com` },
      }),
    }),
  },
  {
    name: 'PATCH /prospects/{prospectId}',
    permission: 'lists:write',
    granted: 200,
    send: async (token) => {
      const { id } = await newProspect({ company: 'Before' });
      return {
        answer: await call('PATCH', `${base()}/prospects/${id}`, { token, body: { company: 'After' } }),
        unchanged: async () => (await asOwner('GET', `${base()}/prospects/${id}`)).body.company === 'Before',
      };
    },
  },
  {
    name: 'DELETE /prospects/{prospectId}',
    permission: 'lists:write',
    granted: 204,
    send: async (token) => {
      const { id } = await newProspect();
      return {
        answer: await call('DELETE', `${base()}/prospects/${id}`, { token }),
        unchanged: prospectStillThere(id),
      };
    },
  },
  {
    name: 'POST /prospects/bulk-delete',
    permission: 'lists:write',
    granted: 200,
    send: async (token) => {
      const { id } = await newProspect();
      return {
        answer: await call('POST', `${base()}/prospects/bulk-delete`, { token, body: { prospectIds: [id] } }),
        unchanged: prospectStillThere(id),
      };
    },
  },
  {
    name: 'POST /lists',
    permission: 'lists:write',
    granted: 201,
    send: async (token) => ({
      answer: await call('POST', `${base()}/lists`, { token, body: { name: `Mine ${unique()}` } }),
    }),
  },
  {
    name: 'PATCH /lists/{listId}',
    permission: 'lists:write',
    granted: 200,
    send: async (token) => {
      const { id } = await newList();
      return {
        answer: await call('PATCH', `${base()}/lists/${id}`, { token, body: { name: `New ${unique()}` } }),
      };
    },
  },
  {
    name: 'DELETE /lists/{listId}',
    permission: 'lists:write',
    granted: 204,
    send: async (token) => {
      const { id } = await newList();
      return {
        answer: await call('DELETE', `${base()}/lists/${id}`, { token }),
        unchanged: async () =>
          (await asOwner('GET', `${base()}/lists?limit=100`)).body.items.some(
            (list: { id: string }) => list.id === id,
          ),
      };
    },
  },
  {
    name: 'POST /lists/{listId}/prospects',
    permission: 'lists:write',
    granted: 200,
    send: async (token) => {
      const [{ id: listId }, { id }] = await Promise.all([newList(), newProspect()]);
      return {
        answer: await call('POST', `${base()}/lists/${listId}/prospects`, {
          token,
          body: { prospectIds: [id] },
        }),
        unchanged: async () => (await asOwner('GET', `${base()}/prospects/${id}`)).body.listIds.length === 0,
      };
    },
  },
  {
    name: 'DELETE /lists/{listId}/prospects',
    permission: 'lists:write',
    granted: 200,
    send: async (token) => {
      const [{ id: listId }, { id }] = await Promise.all([newList(), newProspect()]);
      await expectStatus(
        asOwner('POST', `${base()}/lists/${listId}/prospects`, { prospectIds: [id] }),
        200,
        'appending',
      );
      return {
        answer: await call('DELETE', `${base()}/lists/${listId}/prospects`, {
          token,
          body: { prospectIds: [id] },
        }),
        unchanged: async () =>
          (await asOwner('GET', `${base()}/prospects/${id}`)).body.listIds.includes(listId),
      };
    },
  },
  {
    name: 'POST /prospect-fields',
    permission: 'field_mappings:write',
    granted: 201,
    send: async (token) => ({
      answer: await call('POST', `${base()}/prospect-fields`, {
        token,
        body: { key: `k_${unique()}`, label: 'Key', type: 'number' },
      }),
    }),
  },
  {
    name: 'PATCH /prospect-fields/{key}',
    permission: 'field_mappings:write',
    granted: 200,
    send: async (token) => {
      const { key } = await newField();
      return {
        answer: await call('PATCH', `${base()}/prospect-fields/${key}`, { token, body: { label: 'New' } }),
      };
    },
  },
  {
    name: 'DELETE /prospect-fields/{key}',
    permission: 'field_mappings:write',
    granted: 204,
    send: async (token) => {
      const { key } = await newField();
      return {
        answer: await call('DELETE', `${base()}/prospect-fields/${key}`, { token }),
        unchanged: async () =>
          (await asOwner('GET', `${base()}/prospect-fields`)).body.items.some(
            (field: { key: string }) => field.key === key,
          ),
      };
    },
  },
  {
    name: 'POST /field-mappings',
    permission: 'field_mappings:write',
    granted: 201,
    send: async (token) => ({
      answer: await call('POST', `${base()}/field-mappings`, {
        token,
        body: { column: `Col ${unique()}`, target: 'email' },
      }),
    }),
  },
  {
    name: 'PATCH /field-mappings/{mappingId}',
    permission: 'field_mappings:write',
    granted: 200,
    send: async (token) => {
      const { id } = await newMapping();
      return {
        answer: await call('PATCH', `${base()}/field-mappings/${id}`, {
          token,
          body: { target: 'position' },
        }),
      };
    },
  },
  {
    name: 'DELETE /field-mappings/{mappingId}',
    permission: 'field_mappings:write',
    granted: 204,
    send: async (token) => {
      const { id } = await newMapping();
      return {
        answer: await call('DELETE', `${base()}/field-mappings/${id}`, { token }),
        unchanged: async () =>
          (await asOwner('GET', `${base()}/field-mappings`)).body.items.some(
            (mapping: { id: string }) => mapping.id === id,
          ),
      };
    },
  },
];

/** Who calls, and whether they hold the permissions of the write routes. */
function callers(): { who: string; person: Person; writes: boolean }[] {
  const { owner, member, clientUsers } = harbour;
  return [
    { who: 'the agency owner', person: owner, writes: true },
    { who: 'a member on the team', person: member, writes: true },
    { who: 'the primary', person: clientUsers.primary, writes: true },
    { who: 'an administrator', person: clientUsers.administrator, writes: true },
    { who: 'a designer', person: clientUsers.designer, writes: false },
    { who: 'a read-only user', person: clientUsers.read_only, writes: false },
  ];
}

describe('the role matrix', () => {
  test('every write route lets the primary, administrators and agency users write, and refuses designers and read-only users', async () => {
    const outcomes: unknown[] = [];
    const expected: unknown[] = [];
    for (const { who, person, writes } of callers()) {
      for (const route of WRITES) {
        const { answer, unchanged } = await route.send(person.accessToken);
        const stillThere = !writes && unchanged ? await unchanged() : true;
        outcomes.push([
          who,
          route.name,
          answer.status,
          answer.status === 403 ? answer.body.code : null,
          stillThere,
        ]);
        expected.push([who, route.name, writes ? route.granted : 403, writes ? null : 'forbidden', true]);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  test('every role may read the prospects, lists, custom fields and mappings of its client', async () => {
    const reads = ['/prospects', '/lists', '/prospect-fields', '/field-mappings'];
    const { id } = await newProspect();
    for (const { who, person } of callers()) {
      for (const route of [...reads, `/prospects/${id}`]) {
        const answer = await call('GET', `${base()}${route}`, { token: person.accessToken });
        expect([who, route, answer.status]).toEqual([who, route, 200]);
      }
    }
  });
});

describe('what the caller may not see answers 404', () => {
  test("another agency's client answers 404 to its owner on every route, read or write", async () => {
    const { id } = await newProspect();
    const token = stranger.owner.accessToken;
    const routes: [string, string, unknown?][] = [
      ['GET', '/prospects'],
      ['POST', '/prospects', { email: `x-${unique()}@example.com` }],
      ['GET', `/prospects/${id}`],
      ['DELETE', `/prospects/${id}`],
      ['POST', '/prospects/bulk-delete', { prospectIds: [id] }],
      ['GET', '/lists'],
      ['POST', '/lists', { name: 'Stolen' }],
      ['GET', '/prospect-fields'],
      ['GET', '/field-mappings'],
    ];
    for (const [method, route, body] of routes) {
      const answer = await call(method, `${base()}${route}`, {
        token,
        ...(body === undefined ? {} : { body }),
      });
      expect([method, route, answer.status, answer.body?.code]).toEqual([method, route, 404, 'not_found']);
    }
    expect((await asOwner('GET', `${base()}/prospects/${id}`)).status).toBe(200);
  });

  test("a member who may not enter the client gets 404, and another client's prospect and list answer 404", async () => {
    const other = await createClient(e2e.platform, harbour, { name: `Other Dental ${unique()}` });
    // The member is on the fixture client's team, not on this one's.
    expect(
      (await call('GET', `/v1/clients/${other.id}/prospects`, { token: harbour.member.accessToken })).status,
    ).toBe(404);
    const [{ id: prospectId }, { id: listId }] = await Promise.all([newProspect(), newList()]);
    const elsewhere = `/v1/clients/${other.id}`;
    for (const [method, route, body] of [
      ['GET', `${elsewhere}/prospects/${prospectId}`],
      ['PATCH', `${elsewhere}/prospects/${prospectId}`, { company: 'Moved' }],
      ['DELETE', `${elsewhere}/prospects/${prospectId}`],
      ['PATCH', `${elsewhere}/lists/${listId}`, { name: 'Moved' }],
      ['DELETE', `${elsewhere}/lists/${listId}`],
    ] as [string, string, unknown?][]) {
      const answer = await asOwner(method, route, body);
      expect([method, route, answer.status]).toEqual([method, route, 404]);
    }
    const bulk = await asOwner('POST', `${elsewhere}/prospects/bulk-delete`, { prospectIds: [prospectId] });
    expect(bulk.body).toEqual({ deletedCount: 0 });
    expect((await asOwner('GET', `${base()}/prospects/${prospectId}`)).status).toBe(200);
    // A client user of the fixture client enters no other client.
    const primary = harbour.clientUsers.primary.accessToken;
    expect((await call('GET', `${elsewhere}/lists`, { token: primary })).status).toBe(404);
  });
});

test('a client being deleted answers 410 on its prospect routes, from the gateway alone', async () => {
  const doomed = await createClient(e2e.platform, harbour, { name: `Doomed Dental ${unique()}` });
  const route = `/v1/clients/${doomed.id}`;
  await expectStatus(asOwner('POST', `${route}/prospects`, { email: 'ada@example.com' }), 201, 'a prospect');
  await expectStatus(asOwner('POST', `${route}/deactivate`), 200, 'deactivating');
  // With campaigns down the purge waits, so the client stays deleting; the gateway answers without it.
  await e2e.platform.stop('campaigns');
  try {
    await expectStatus(asOwner('DELETE', route, { confirm: doomed.name }), 202, 'asking for the deletion');
    for (const [method, path, body] of [
      ['GET', '/prospects'],
      ['POST', '/prospects', { email: 'bob@example.com' }],
      ['GET', '/lists'],
      ['POST', `/lists/${randomUUID()}/prospects`, { prospectIds: [randomUUID()] }],
      ['GET', '/field-mappings'],
    ] as [string, string, unknown?][]) {
      const answer = await asOwner(method, `${route}${path}`, body);
      expect([method, path, answer.status, answer.body?.code]).toEqual([method, path, 410, 'client_deleted']);
    }
  } finally {
    await e2e.platform.start('campaigns');
  }
});

describe('bad input answers 400 naming the field', () => {
  test.each([
    ['POST', '/prospects', { email: 'not-an-email' }, 'email'],
    ['POST', '/prospects', { email: 'ada@example.com', phone: 'call me' }, 'phone'],
    [
      'POST',
      '/prospects',
      { email: `c-${randomUUID()}@example.com`, customFields: { shoe_size: '42' } },
      'customFields.shoe_size',
    ],
    ['POST', '/prospects', { email: 'ada@example.com', status: 'asleep' }, 'status'],
    ['POST', '/prospects/bulk-delete', { prospectIds: [] }, 'prospectIds'],
    ['POST', '/lists', { name: '' }, 'name'],
    ['POST', '/prospect-fields', { key: 'Shoe Size', label: 'Shoe', type: 'text' }, 'key'],
    ['POST', '/prospect-fields', { key: 'shoe', label: 'Shoe', type: 'colour' }, 'type'],
    ['POST', '/field-mappings', { column: 'Shoe', target: 'custom' }, 'customFieldKey'],
    [
      'POST',
      '/field-mappings',
      { column: 'Shoe', target: 'custom', customFieldKey: 'nothing_here' },
      'customFieldKey',
    ],
  ])('%s %s %j names %s', async (method, route, body, field) => {
    const answer = await asOwner(method, `${base()}${route}`, body);
    expect([answer.status, answer.body.code]).toEqual([400, 'validation_failed']);
    expect(answer.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  test('appending takes prospect ids or a filter, not both, and the filter is checked as the list query is', async () => {
    const { id: listId } = await newList();
    const both = await asOwner('POST', `${base()}/lists/${listId}/prospects`, {
      prospectIds: [randomUUID()],
      filter: {},
    });
    expect(both.body).toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ field: 'prospectIds' })],
    });
    const badDate = await asOwner('POST', `${base()}/lists/${listId}/prospects`, {
      filter: { contactedBefore: 'yesterday' },
    });
    expect(badDate.body.fields).toEqual([expect.objectContaining({ field: 'filter.contactedBefore' })]);
  });

  test('the list refuses an unknown sort and a cursor it did not sign', async () => {
    const sort = await asOwner('GET', `${base()}/prospects?sort=shoe_size`);
    expect(sort.body).toMatchObject({ status: 400, fields: [expect.objectContaining({ field: 'sort' })] });
    const cursor = await asOwner('GET', `${base()}/prospects?cursor=forged.AAAAAAAAAAAAAAAAAAAAAA`);
    expect(cursor.body).toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ field: 'cursor' })],
    });
  });
});

describe('the prospect database through the gateway', () => {
  test('prospects are searched, filtered, sorted and paged with signed cursors', async () => {
    const client = await createClient(e2e.platform, harbour, { name: `Search Dental ${unique()}` });
    const route = `/v1/clients/${client.id}`;
    const add = (body: Record<string, unknown>) =>
      expectStatus(asOwner('POST', `${route}/prospects`, body), 201, 'adding');
    const ada = await add({
      email: 'Ada@Example.com',
      lastName: 'Lovelace',
      company: 'Engines',
      tags: ['vip'],
    });
    const bob = await add({ email: 'bob@example.com', lastName: 'Babbage', company: 'Engines' });
    const cyd = await add({ email: 'cyd@example.com', lastName: 'Curie', status: 'unsubscribed' });
    expect(ada.email).toBe('ada@example.com');
    const emailsOf = (answer: Answer) => answer.body.items.map((item: { email: string }) => item.email);

    expect(emailsOf(await asOwner('GET', `${route}/prospects?q=engines&sort=last_name`))).toEqual([
      'bob@example.com',
      'ada@example.com',
    ]);
    expect(emailsOf(await asOwner('GET', `${route}/prospects?tag=vip`))).toEqual(['ada@example.com']);
    expect(emailsOf(await asOwner('GET', `${route}/prospects?status=unsubscribed`))).toEqual([
      'cyd@example.com',
    ]);

    const first = await asOwner('GET', `${route}/prospects?sort=email&order=desc&limit=2`);
    expect(emailsOf(first)).toEqual(['cyd@example.com', 'bob@example.com']);
    const cursor = encodeURIComponent(first.body.nextCursor);
    const second = await asOwner('GET', `${route}/prospects?sort=email&order=desc&limit=2&cursor=${cursor}`);
    expect([emailsOf(second), second.body.nextCursor]).toEqual([['ada@example.com'], null]);
    // The cursor is signed for this sort: another sort refuses it.
    const resorted = await asOwner('GET', `${route}/prospects?sort=last_name&limit=2&cursor=${cursor}`);
    expect(resorted.body.fields).toEqual([expect.objectContaining({ field: 'cursor' })]);

    // A list, appended to by filter, filters the prospects; deleting it keeps them.
    const list = await expectStatus(asOwner('POST', `${route}/lists`, { name: 'Engines' }), 201, 'a list');
    const added = await asOwner('POST', `${route}/lists/${list.id}/prospects`, { filter: { q: 'engines' } });
    expect(added.body).toEqual({ addedCount: 2 });
    expect(emailsOf(await asOwner('GET', `${route}/prospects?listId=${list.id}&sort=email`))).toEqual([
      'ada@example.com',
      'bob@example.com',
    ]);
    const lists = await asOwner('GET', `${route}/lists`);
    expect(lists.body.items).toEqual([expect.objectContaining({ id: list.id, prospectCount: 2 })]);
    const duplicate = await asOwner('POST', `${route}/lists`, { name: 'ENGINES' });
    expect([duplicate.status, duplicate.body.code]).toEqual([409, 'list_name_in_use']);

    const taken = await asOwner('POST', `${route}/prospects`, { email: 'BOB@example.com' });
    expect([taken.status, taken.body.code]).toEqual([409, 'email_in_use']);
    const bulk = await asOwner('POST', `${route}/prospects/bulk-delete`, {
      prospectIds: [bob.id, randomUUID()],
    });
    expect(bulk.body).toEqual({ deletedCount: 1 });
    expect((await asOwner('GET', `${route}/prospects/${bob.id}`)).status).toBe(404);
    await expectStatus(asOwner('DELETE', `${route}/lists/${list.id}`), 204, 'deleting the list');
    expect(emailsOf(await asOwner('GET', `${route}/prospects?sort=email`))).toEqual([
      'ada@example.com',
      'cyd@example.com',
    ]);
    expect(cyd.status).toBe('unsubscribed');
  });

  test('custom fields carry typed values, mappings target them, and deleting a field takes both away', async () => {
    const client = await createClient(e2e.platform, harbour, { name: `Fields Dental ${unique()}` });
    const route = `/v1/clients/${client.id}`;
    const field = await expectStatus(
      asOwner('POST', `${route}/prospect-fields`, { key: 'shoe_size', label: 'Shoe size', type: 'number' }),
      201,
      'a field',
    );
    expect(field).toMatchObject({ key: 'shoe_size', label: 'Shoe size', type: 'number' });
    const wrongType = await asOwner('POST', `${route}/prospects`, {
      email: 'ada@example.com',
      customFields: { shoe_size: 'large' },
    });
    expect(wrongType.body.fields).toEqual([expect.objectContaining({ field: 'customFields.shoe_size' })]);
    const ada = await expectStatus(
      asOwner('POST', `${route}/prospects`, {
        email: 'ada@example.com',
        customFields: { shoe_size: '38.5' },
      }),
      201,
      'a prospect',
    );
    expect(ada.customFields).toEqual({ shoe_size: '38.5' });
    const mapping = await expectStatus(
      asOwner('POST', `${route}/field-mappings`, {
        column: 'Shoe',
        target: 'custom',
        customFieldKey: 'shoe_size',
      }),
      201,
      'a mapping',
    );
    expect(mapping).toMatchObject({ column: 'Shoe', target: 'custom', customFieldKey: 'shoe_size' });
    const sameColumn = await asOwner('POST', `${route}/field-mappings`, {
      column: 'SHOE',
      target: 'company',
    });
    expect([sameColumn.status, sameColumn.body.code]).toEqual([409, 'field_mapping_exists']);
    const changed = await asOwner('PATCH', `${route}/field-mappings/${mapping.id}`, { target: 'company' });
    expect(changed.body).toMatchObject({ target: 'company', customFieldKey: null });
    await expectStatus(
      asOwner('PATCH', `${route}/field-mappings/${mapping.id}`, {
        target: 'custom',
        customFieldKey: 'shoe_size',
      }),
      200,
      'mapping back',
    );

    await expectStatus(asOwner('DELETE', `${route}/prospect-fields/shoe_size`), 204, 'deleting the field');
    expect((await asOwner('GET', `${route}/prospects/${ada.id}`)).body.customFields).toEqual({});
    expect((await asOwner('GET', `${route}/field-mappings`)).body.items).toEqual([]);
    expect((await asOwner('GET', `${route}/prospect-fields`)).body.items).toEqual([]);
  });

  test('changing a prospect clears fields with null and replaces tags', async () => {
    const { id } = await newProspect({ firstName: 'Ada', company: 'Engines', tags: ['a', 'b'] });
    const changed = await asOwner('PATCH', `${base()}/prospects/${id}`, { company: null, tags: ['c'] });
    expect(changed.body).toMatchObject({ firstName: 'Ada', company: null, tags: ['c'] });
    const empty = await asOwner('PATCH', `${base()}/prospects/${id}`, {});
    expect(empty.status).toBe(400);
  });
});
