import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { platformForTests, type Answer } from './platform';
import {
  agencyFixture,
  createClient,
  expectStatus,
  type AgencyFixture,
  type ClientOfAgency,
} from './fixture';

// A client's templates and the master account's push through the real gateway, tenancy and campaigns
// (docs/campaigns.md "Templates and the master account"): designers write templates, read-only users
// do not; merge fields are checked against the client's fields; the agency's master client pushes a
// template to chosen clients, leaving copies someone edited alone.
jest.setTimeout(180_000);

// Client users sign up with Argon2 hashes; on a busy machine eight of them at once outlast 5 s.
const e2e = platformForTests({ env: { GRPC_DEADLINE_MS: '20000' } });
const { call } = e2e;
let harbour: AgencyFixture;
let stranger: AgencyFixture;
let master: ClientOfAgency;

const EMAIL = {
  name: 'Spring check-up',
  channel: 'email',
  subject: 'Time for your check-up, {{first_name}}',
  htmlBody: '<p>Dear {{first_name}} {{ last_name }},</p>\n<p>Book a visit.</p>',
  textBody: 'Dear {{first_name}},\nbook a visit.',
};

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, { label: 'templates', agencyName: 'Harbour Agency' });
  stranger = await agencyFixture(e2e.platform, { label: 'yonder', agencyName: 'Yonder Agency' });
  master = await createClient(e2e.platform, harbour, { name: 'Harbour Own', isMaster: true });
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
const asOwner = (method: string, route: string, body?: unknown) =>
  call(method, route, { token: harbour.owner.accessToken, ...(body === undefined ? {} : { body }) });

async function templateIn(clientId: string, body: Record<string, unknown> = {}): Promise<{ id: string }> {
  return expectStatus(
    asOwner('POST', `/v1/clients/${clientId}/templates`, { ...EMAIL, ...body }),
    201,
    'creating a template',
  );
}

/** Pushes as the owner, once campaigns has heard from tenancy that the master is the master. */
async function push(templateId: string, clientIds: string[]): Promise<Answer> {
  return eventually(
    async () => {
      const answer = await asOwner('POST', `/v1/clients/${master.id}/templates/${templateId}/push`, {
        clientIds,
      });
      return answer.body?.code === 'not_master_client' ? undefined : answer;
    },
    10_000,
    'campaigns knowing the master client',
  );
}

test('templates are written by the primary, administrators, designers and agency users, not by read-only users', async () => {
  const base = `/v1/clients/${harbour.client.id}/templates`;
  const { owner, member, clientUsers } = harbour;
  const outcomes: unknown[] = [];
  const expected: unknown[] = [];
  const callers = [
    ['the owner', owner, true],
    ['a member on the team', member, true],
    ['the primary', clientUsers.primary, true],
    ['an administrator', clientUsers.administrator, true],
    ['a designer', clientUsers.designer, true],
    ['a read-only user', clientUsers.read_only, false],
  ] as const;
  for (const [who, person, writes] of callers) {
    const token = person.accessToken;
    const created = await call('POST', base, { token, body: { ...EMAIL, name: `By ${who}` } });
    const { id } = await templateIn(harbour.client.id);
    const changed = await call('PATCH', `${base}/${id}`, { token, body: { subject: 'Changed' } });
    const deleted = await call('DELETE', `${base}/${id}`, { token });
    const read = await call('GET', `${base}/${id}`, { token });
    outcomes.push([who, created.status, changed.status, deleted.status, read.status]);
    expected.push(writes ? [who, 201, 200, 204, 404] : [who, 403, 403, 403, 200]);
    if (!writes) expect(read.body.subject).toBe(EMAIL.subject);
  }
  expect(outcomes).toEqual(expected);
  const listed = await call('GET', base, { token: clientUsers.read_only.accessToken });
  expect(listed.status).toBe(200);
  expect(listed.body.items.map((item: { name: string }) => item.name)).not.toContain('By a read-only user');
});

test('an unknown merge field answers 400 naming the body field and the merge field', async () => {
  const base = `/v1/clients/${harbour.client.id}`;
  const unknown = await asOwner('POST', `${base}/templates`, { ...EMAIL, htmlBody: '<p>{{shoe_size}}</p>' });
  expect(unknown.body).toMatchObject({ status: 400, code: 'validation_failed' });
  expect(unknown.body.fields).toEqual([
    { field: 'htmlBody', message: expect.stringContaining('{{shoe_size}}') },
  ]);
  // Once the client defines the custom field, the merge field is known.
  await expectStatus(
    asOwner('POST', `${base}/prospect-fields`, { key: 'shoe_size', label: 'Shoe size', type: 'number' }),
    201,
    'a custom field',
  );
  const known = await asOwner('POST', `${base}/templates`, { ...EMAIL, htmlBody: '<p>{{shoe_size}}</p>' });
  expect(known.status).toBe(201);
  for (const [body, field] of [
    [{ ...EMAIL, subject: '' }, 'subject'],
    [{ ...EMAIL, channel: 'fax' }, 'channel'],
    [{ ...EMAIL, name: '' }, 'name'],
    [{ ...EMAIL, textBody: 'Hi {{nickname}}' }, 'textBody'],
  ] as [object, string][]) {
    const answer = await asOwner('POST', `${base}/templates`, body);
    expect([field, answer.status, answer.body.fields?.map((each: { field: string }) => each.field)]).toEqual([
      field,
      400,
      [field],
    ]);
  }
});

test('the master pushes copies with their provenance, updates unedited ones and skips the edited one', async () => {
  const north = harbour.client;
  const south = await createClient(e2e.platform, harbour, { name: `South Dental ${unique()}` });
  const { id: templateId } = await templateIn(master.id, { name: `Winter ${unique()}` });

  const first = await push(templateId, [north.id, south.id]);
  expect(first.status).toBe(200);
  expect(first.body.results.map((each: { outcome: string }) => each.outcome)).toEqual(['created', 'created']);
  const [northCopy, southCopy] = first.body.results.map((each: { templateId: string }) => each.templateId);
  const copy = await call('GET', `/v1/clients/${north.id}/templates/${northCopy}`, {
    token: harbour.clientUsers.read_only.accessToken,
  });
  expect(copy.body).toMatchObject({
    clientId: north.id,
    subject: EMAIL.subject,
    pushedFrom: { sourceClientId: master.id, sourceTemplateId: templateId, edited: false },
  });

  // The fixture client's designer edits its copy; the master changes the template and pushes again.
  await expectStatus(
    call('PATCH', `/v1/clients/${north.id}/templates/${northCopy}`, {
      token: harbour.clientUsers.designer.accessToken,
      body: { subject: 'Our own words' },
    }),
    200,
    'editing the copy',
  );
  await expectStatus(
    asOwner('PATCH', `/v1/clients/${master.id}/templates/${templateId}`, { textBody: 'New text.' }),
    200,
    'changing the master template',
  );
  const second = await push(templateId, [north.id, south.id]);
  expect(second.body.results).toEqual([
    { clientId: north.id, outcome: 'skipped_edited', templateId: northCopy, unknownMergeFields: [] },
    { clientId: south.id, outcome: 'updated', templateId: southCopy, unknownMergeFields: [] },
  ]);
  const southNow = await asOwner('GET', `/v1/clients/${south.id}/templates/${southCopy}`);
  expect(southNow.body).toMatchObject({ textBody: 'New text.', pushedFrom: { edited: false } });
  const northNow = await asOwner('GET', `/v1/clients/${north.id}/templates/${northCopy}`);
  expect(northNow.body).toMatchObject({
    subject: 'Our own words',
    textBody: EMAIL.textBody,
    pushedFrom: { edited: true },
  });
});

test("a client of another agency is reported as not found, and another agency's template answers 404", async () => {
  const { id: templateId } = await templateIn(master.id, { name: `Elsewhere ${unique()}` });
  const pushed = await push(templateId, [stranger.client.id]);
  expect(pushed.body.results).toEqual([
    { clientId: stranger.client.id, outcome: 'not_found', templateId: null, unknownMergeFields: [] },
  ]);
  expect(
    (await call('GET', `/v1/clients/${stranger.client.id}/templates`, { token: stranger.owner.accessToken }))
      .body.items,
  ).toEqual([]);
  // The stranger's owner cannot reach the master's template or push it.
  const token = stranger.owner.accessToken;
  expect((await call('GET', `/v1/clients/${master.id}/templates/${templateId}`, { token })).status).toBe(404);
  const foreign = await call('POST', `/v1/clients/${master.id}/templates/${templateId}/push`, {
    token,
    body: { clientIds: [stranger.client.id] },
  });
  expect([foreign.status, foreign.body.code]).toEqual([404, 'not_found']);
});

test('only the master pushes, and only for callers who reach every client', async () => {
  const { id: plainTemplate } = await templateIn(harbour.client.id);
  const fromPlain = await asOwner(
    'POST',
    `/v1/clients/${harbour.client.id}/templates/${plainTemplate}/push`,
    {
      clientIds: [master.id],
    },
  );
  expect([fromPlain.status, fromPlain.body.code]).toEqual([409, 'not_master_client']);

  const { id: templateId } = await templateIn(master.id);
  await push(templateId, [harbour.client.id]);
  // A member without clients:read_all, even on the master's team, may not write into other clients.
  await expectStatus(
    asOwner('PUT', `/v1/clients/${master.id}/team`, {
      ownerId: harbour.owner.user.id,
      memberIds: [harbour.member.user.id],
    }),
    200,
    "putting the member on the master's team",
  );
  const byMember = await call('POST', `/v1/clients/${master.id}/templates/${templateId}/push`, {
    token: harbour.member.accessToken,
    body: { clientIds: [harbour.client.id] },
  });
  expect([byMember.status, byMember.body.code]).toEqual([403, 'forbidden']);
  const toItself = await asOwner('POST', `/v1/clients/${master.id}/templates/${templateId}/push`, {
    clientIds: [master.id],
  });
  expect(toItself.body).toMatchObject({
    status: 400,
    fields: [expect.objectContaining({ field: 'clientIds' })],
  });
  const none = await asOwner('POST', `/v1/clients/${master.id}/templates/${templateId}/push`, {
    clientIds: [],
  });
  expect(none.body).toMatchObject({ status: 400, fields: [expect.objectContaining({ field: 'clientIds' })] });
  const unknown = await asOwner('POST', `/v1/clients/${master.id}/templates/${randomUUID()}/push`, {
    clientIds: [harbour.client.id],
  });
  expect(unknown.status).toBe(404);
});
