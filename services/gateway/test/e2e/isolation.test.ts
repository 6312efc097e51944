import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { eventually } from '@atrium/testing';
import type { OpenApiDocument } from '../support/hostile-requests';
import {
  BODIES,
  EXCEPTIONS,
  PERSON_ONLY,
  freshValue,
  inBatches,
  leaksIn,
  pathOperations,
  shapeOf,
  takesBody,
  targetOf,
  type PathOperation,
  type Resources,
} from '../support/isolation';
import { callGateway, platformForTests, type Answer } from './platform';
import {
  addClientUser,
  createClient,
  expectStatus,
  joinAsMember,
  signUpAgency,
  type NewAgency,
  type Person,
} from './fixture';

// Nothing leaks between agencies, proved from the gateway's own OpenAPI document: every operation with
// a path id is called by a second agency's every kind of actor with the first agency's ids, and answers
// 404 without a word of the first agency's data; a switch token and an agency member stay out of the
// clients they may not enter; and the login limits hold when attacked in parallel (docs/security.md
// "How isolation is tested").
jest.setTimeout(240_000);

const e2e = platformForTests();
const call = (method: string, route: string, options?: Parameters<typeof e2e.call>[2]) =>
  e2e.call(method, route, options);

/** Every name and address of agency A carries this word: an answer holding it shows A's data. */
const MARKER = 'aurora';
const CONCURRENCY = 8;

let document: OpenApiDocument;
let aurora: NewAgency;
let auroraIds: Resources;
/** Every id of agency A an answer must not show: its resources', its people's and the agency's. */
let auroraSecrets: string[];

/** Agency B, whose actors attack: X is the client its client user and switch token belong to. */
let bravo: NewAgency & { member: Person };
let clientX: string;
let clientY: string;
let yonderIds: Partial<Resources>;
let actors: Record<Actor, string>;
type Actor = 'owner' | 'apiKey' | 'clientUser' | 'switchToken';

const key = () => ({ 'idempotency-key': randomUUID() });

/** A write of the setup, which must succeed; answers the body. */
async function made(token: string, method: string, route: string, body: unknown, status = 201) {
  return expectStatus(
    call(method, route, { token, body, headers: method === 'POST' ? key() : {} }),
    status,
    `${method} ${route}`,
  );
}

/**
 * One of every resource inside a client that a path id names, made by the agency's owner; with
 * `jobs`, an import job and a cleanup job too, ended before this answers.
 */
async function clientResources(agency: NewAgency, clientId: string, label: string, jobs: boolean) {
  const token = agency.owner.accessToken;
  const inClient = (path: string) => `/v1/clients/${clientId}${path}`;
  const [prospect, doomed, list, field, mapping, template] = await Promise.all([
    made(token, 'POST', inClient('/prospects'), { email: agency.email(`${label}-prospect`) }),
    made(token, 'POST', inClient('/prospects'), { email: agency.email(`${label}-doomed`) }),
    made(token, 'POST', inClient('/lists'), { name: `${label} list` }),
    made(token, 'POST', inClient('/prospect-fields'), {
      key: `${label}_score`,
      label: `${label} score`,
      type: 'number',
    }),
    made(token, 'POST', inClient('/field-mappings'), { column: `${label} mail`, target: 'email' }),
    made(token, 'POST', inClient('/templates'), {
      name: `${label} welcome`,
      channel: 'email',
      subject: `${label} hello`,
      htmlBody: `<p>${label}</p>`,
      textBody: label,
    }),
  ]);
  await made(token, 'POST', inClient(`/lists/${list.id}/prospects`), { prospectIds: [prospect.id] }, 200);
  // A client user invited by email: the invitation is what the client's invitation routes name.
  const inviteeEmail = agency.email(`${label}-invitee`);
  await made(token, 'POST', inClient('/users'), {
    name: `${label} Invitee`,
    email: inviteeEmail,
    role: 'read_only',
  });
  const invitation = await e2e.platform.eventOf(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.email === inviteeEmail,
  );
  const resources: Partial<Resources> = {
    prospect: prospect.id,
    list: list.id,
    prospectFieldKey: field.key,
    fieldMapping: mapping.id,
    template: template.id,
    clientInvitation: invitation.invitationId as string,
  };
  if (!jobs) return resources;
  const imported = await expectStatus(
    call('POST', inClient('/prospects/imports'), {
      token,
      raw: { bytes: `email\n${agency.email(`${label}-imported`)}\n`, contentType: 'text/csv' },
      headers: key(),
    }),
    202,
    'the import',
  );
  const cleanup = await made(
    token,
    'POST',
    inClient('/prospects/cleanup'),
    {
      mode: 'selected',
      prospectIds: [doomed.id],
    },
    202,
  );
  for (const job of [imported.id as string, cleanup.job.id as string])
    await eventually(
      async () => {
        const answer = await call('GET', `/v1/jobs/${job}`, { token });
        return ['succeeded', 'failed'].includes(answer.body?.status) ? true : undefined;
      },
      30_000,
      `job ${job} to end`,
    );
  return { ...resources, importJob: imported.id as string, cleanupJob: cleanup.job.id as string };
}

/** Agency A: one of every resource a path id names, every name and address carrying the marker. */
async function buildAurora(): Promise<void> {
  aurora = await signUpAgency(e2e.platform, {
    label: MARKER,
    agencyName: 'Aurora Agency',
    ownerName: 'Aurora Owner',
  });
  const token = aurora.owner.accessToken;
  const [member, client] = await Promise.all([
    joinAsMember(e2e.platform, aurora, { name: 'Aurora Member' }),
    createClient(e2e.platform, aurora, { name: 'Aurora Dental', website: 'https://aurora-dental.test/' }),
  ]);
  const [clientUser, inClient, role, , invitation, apiKey] = await Promise.all([
    addClientUser(e2e.platform, aurora, client.id, 'primary'),
    clientResources(aurora, client.id, MARKER, true),
    made(token, 'POST', '/v1/agency/roles', { name: 'Aurora Role', permissions: ['clients:create'] }),
    made(token, 'PUT', '/v1/agency/custom-fields/aurora_crm', { label: 'Aurora CRM' }, 200),
    made(token, 'POST', '/v1/agency/members', {
      email: aurora.email('aurora-pending'),
      name: 'Aurora Pending',
      role: 'member',
    }),
    made(token, 'POST', '/v1/agency/api-keys', { name: 'Aurora Key', permissions: ['clients:read_all'] }),
  ]);
  await made(token, 'PUT', `/v1/clients/${client.id}/payment-method`, { token: 'pm_card_visa' }, 200).catch(
    () => undefined,
  );
  // Creating the client rang the owner's bell: that notification is the one B tries to mark read.
  const notification = await eventually(
    async () =>
      (await call('GET', '/v1/notifications', { token })).body?.items?.[0]?.id as string | undefined,
    10_000,
    "the owner's first notification",
  );
  auroraIds = {
    ...(inClient as Resources),
    client: client.id,
    clientUser: clientUser.id,
    member: member.user.id,
    role: role.id,
    customFieldKey: 'aurora_crm',
    agencyInvitation: invitation.id,
    apiKey: apiKey.apiKey.id,
    session: decodeJwt(token).sid as string,
    notification,
  };
  const missing = Object.entries(auroraIds).filter(([, value]) => typeof value !== 'string');
  if (missing.length > 0) throw new Error(`agency A lacks ${missing.map(([name]) => name).join(', ')}`);
  auroraSecrets = [
    ...Object.values(auroraIds).filter((value) => !value.endsWith('_crm') && !value.startsWith(MARKER)),
    aurora.agency.id,
    aurora.owner.user.id,
    member.user.id,
    clientUser.user.id,
  ];
}

/** Agency B: two clients X and Y, a client user of X, an API key with every permission, a member. */
async function buildBravo(): Promise<void> {
  const agency = await signUpAgency(e2e.platform, { label: 'bravo', agencyName: 'Bravo Agency' });
  const token = agency.owner.accessToken;
  const [member, x, y, catalogue] = await Promise.all([
    joinAsMember(e2e.platform, agency, { name: 'Milo Member' }),
    createClient(e2e.platform, agency, { name: 'Xenon Bakery', isMaster: true }),
    createClient(e2e.platform, agency, { name: 'Yonder Dental' }),
    expectStatus(call('GET', '/v1/permissions', { token }), 200, 'the permission catalogue'),
  ]);
  bravo = { ...agency, member };
  clientX = x.id;
  clientY = y.id;
  const everyPermission = catalogue.agencyPermissions.map((permission: { name: string }) => permission.name);
  const [clientUser, apiKey, switched, inY, yUser] = await Promise.all([
    addClientUser(e2e.platform, agency, clientX, 'primary'),
    made(token, 'POST', '/v1/agency/api-keys', { name: 'Bravo Everything', permissions: everyPermission }),
    made(token, 'POST', `/v1/clients/${clientX}/switch`, undefined, 200),
    clientResources(agency, clientY, 'yonder', false),
    addClientUser(e2e.platform, agency, clientY, 'administrator'),
  ]);
  yonderIds = { ...inY, client: clientY, clientUser: yUser.id };
  actors = {
    owner: token,
    apiKey: apiKey.secret,
    clientUser: clientUser.accessToken,
    switchToken: switched.accessToken,
  };
}

beforeAll(async () => {
  document = (await call('GET', '/openapi.json')).body as OpenApiDocument;
  // One agency after the other: on a busy machine, both at once outlast the backends' deadlines.
  await buildAurora();
  await buildBravo();
});

/** Sends `operation` with the path values and the body its table gives, as `token`. */
function send(operation: PathOperation, values: Record<string, string>, token: string): Promise<Answer> {
  const body = BODIES[operation.operationId]?.({
    ownOwner: bravo.owner.user.id,
    ownClient: clientX,
    foreignProspect: auroraIds.prospect,
  });
  return callGateway(e2e.platform, operation.method, targetOf(operation, values), {
    token,
    headers: operation.method === 'POST' ? key() : {},
    ...(body && 'json' in body && { body: body.json }),
    ...(body && 'raw' in body && { raw: body.raw }),
  });
}

/** Every combination of values for the operation's parameters, one kind per parameter at a time. */
function combinations(operation: PathOperation, pick: (kind: keyof Resources) => string | undefined) {
  let all: { values: Record<string, string>; kinds: Record<string, keyof Resources> }[] = [
    { values: {}, kinds: {} },
  ];
  for (const [name, kinds] of Object.entries(operation.kinds)) {
    all = all.flatMap((partial) =>
      kinds.flatMap((kind) => {
        const value = pick(kind);
        return value === undefined
          ? []
          : [{ values: { ...partial.values, [name]: value }, kinds: { ...partial.kinds, [name]: kind } }];
      }),
    );
  }
  return all;
}

/**
 * The status a correct gateway answers B's actor calling with A's ids. 404 always, except where a
 * credential rule refuses the call whatever it names (docs/authorization.md "Where a credential may
 * go"): an API key on a person-only route, a switch token on a route outside any client (403). The
 * test also checks such an answer is word for word the one a made-up id gets, so it says nothing of A.
 */
function expectedStatus(actor: Actor, operation: PathOperation, values: Record<string, string>): number {
  if (actor === 'apiKey' && PERSON_ONLY.has(operation.operationId)) return 403;
  if (actor === 'switchToken' && !operation.clientScoped) return 403;
  // Pushing a template to other clients needs an agency permission a client user never holds.
  if (actor === 'clientUser' && operation.operationId === 'pushTemplate' && values.id === clientX) return 403;
  return 404;
}

/**
 * An agency's reads, as its owner sees them, one at a time; volatile fields are left out. `audit: false`
 * for B's client Y: B's own audit log records B's own refused attempts, as it should.
 */
async function snapshot(token: string, ids: Partial<Resources>, audit = true): Promise<unknown[]> {
  const client = `/v1/clients/${ids.client}`;
  const reads = [
    '/v1/agency',
    '/v1/agency/members',
    '/v1/agency/roles',
    '/v1/agency/custom-fields',
    '/v1/agency/invitations',
    '/v1/agency/api-keys',
    ...(audit ? ['/v1/audit-log?limit=100'] : []),
    '/v1/clients',
    client,
    `${client}/users`,
    `${client}/team`,
    `${client}/invitations`,
    `${client}/prospects?limit=100`,
    `${client}/prospects/${ids.prospect}`,
    `${client}/lists?limit=100`,
    `${client}/lists/${ids.list}/prospects?limit=100`,
    `${client}/prospect-fields`,
    `${client}/field-mappings`,
    `${client}/templates?limit=100`,
    `${client}/templates/${ids.template}`,
    `${client}/credits`,
    `${client}/billing-settings`,
    `${client}/payment-method`,
    ...(ids.importJob ? [`/v1/jobs/${ids.importJob}`, `/v1/jobs/${ids.cleanupJob}`] : []),
  ];
  const answers: unknown[] = [];
  for (const route of reads) {
    const answer = await call('GET', route, { token });
    answers.push({ route, status: answer.status, body: answer.body ?? answer.text });
  }
  if (ids.session) {
    // Sessions and notifications change by themselves (last use, new bells): what B could change is kept.
    const sessions = await call('GET', '/v1/me/sessions', { token });
    answers.push({ sessions: sessions.body.items.map((session: { id: string }) => session.id).sort() });
    const bell = await call('GET', '/v1/notifications?limit=100', { token });
    const mine = bell.body.items.find((item: { id: string }) => item.id === ids.notification);
    answers.push({ notification: mine });
  }
  return answers;
}

/** The snapshot once two in a row agree: counters on the client list follow campaigns' events. */
async function settledSnapshot(token: string, ids: Partial<Resources>, audit = true): Promise<unknown[]> {
  let previous = await snapshot(token, ids, audit);
  return eventually(
    async () => {
      const current = await snapshot(token, ids, audit);
      const same = JSON.stringify(current) === JSON.stringify(previous);
      previous = current;
      return same ? current : undefined;
    },
    30_000,
    'a settled snapshot',
  );
}

describe('another agency reaches nothing of A by its ids', () => {
  test('every operation with a path id is covered or excepted with a reason', () => {
    const { operations, unmapped } = pathOperations(document);
    expect(operations.length).toBeGreaterThan(50);
    expect(unmapped.filter((parameter) => !(parameter.split(' ')[0]! in EXCEPTIONS))).toEqual([]);
    const withoutBody = operations.filter(
      (operation) =>
        takesBody(operation) && !(operation.operationId in BODIES) && !(operation.operationId in EXCEPTIONS),
    );
    expect(withoutBody.map((operation) => operation.operationId)).toEqual([]);
    // An exception that no longer names an operation is stale.
    const ids = new Set(operations.map((operation) => operation.operationId));
    expect(Object.keys(EXCEPTIONS).filter((operationId) => !ids.has(operationId))).toEqual([]);
    expect(Object.keys(BODIES).filter((operationId) => !ids.has(operationId))).toEqual([]);
  });

  test("B's owner, API key, client user and switch token get 404 and none of A's data; A is unchanged", async () => {
    const { operations } = pathOperations(document);
    const covered = operations.filter((operation) => !(operation.operationId in EXCEPTIONS));
    const before = await settledSnapshot(aurora.owner.accessToken, auroraIds);

    interface Case {
      actor: Actor;
      operation: PathOperation;
      values: Record<string, string>;
      fresh: Record<string, string>;
      what: string;
    }
    const cases: Case[] = [];
    for (const operation of covered) {
      for (const actor of Object.keys(actors) as Actor[]) {
        // A's ids in every parameter; then, inside a client, B's own client X with A's ids within it.
        const variants = [{ own: false }];
        if (operation.clientScoped && Object.keys(operation.kinds).length > 1) variants.push({ own: true });
        for (const { own } of variants) {
          for (const { values, kinds } of combinations(operation, (kind) => auroraIds[kind])) {
            const mine: Record<string, string> = own ? { id: clientX } : {};
            const fresh = Object.fromEntries(
              Object.entries(kinds).map(([name, kind]) => [name, freshValue(kind, values[name]!)]),
            );
            cases.push({
              actor,
              operation,
              values: { ...values, ...mine },
              fresh: { ...fresh, ...mine },
              what: `${actor} ${operation.method} ${operation.path} ${own ? '(inside X) ' : ''}${JSON.stringify(kinds)}`,
            });
          }
        }
      }
    }

    const failures: string[] = [];
    await inBatches(cases, CONCURRENCY, async ({ actor, operation, values, fresh, what }) => {
      const answer = await send(operation, values, actors[actor]);
      const made = await send(operation, fresh, actors[actor]);
      const expected = expectedStatus(actor, operation, values);
      if (answer.status !== expected) failures.push(`${what}: ${answer.status} ${answer.text.slice(0, 200)}`);
      const leaks = leaksIn(answer.text, MARKER, auroraSecrets, Object.values(values));
      if (leaks.length > 0) failures.push(`${what}: the answer shows ${leaks.join(', ')}: ${answer.text}`);
      // A's id answered exactly as an id that names nothing: existence does not show either.
      if (shapeOf(answer, values) !== shapeOf(made, fresh))
        failures.push(`${what}: ${shapeOf(answer, values)} but a made-up id gets ${shapeOf(made, fresh)}`);
    });

    expect({ calls: cases.length, failures }).toEqual({ calls: cases.length, failures: [] });
    expect(cases.length).toBeGreaterThan(200);
    expect(await settledSnapshot(aurora.owner.accessToken, auroraIds)).toEqual(before);
  });
});

describe('inside agency B, a credential reaches only the clients it may enter', () => {
  /** Every client-scoped operation for client Y, each parameter naming Y's own resource. */
  function casesForY(): { operation: PathOperation; values: Record<string, string> }[] {
    const { operations } = pathOperations(document);
    return operations
      .filter((operation) => operation.clientScoped && !(operation.operationId in EXCEPTIONS))
      .flatMap((operation) =>
        combinations(operation, (kind) => yonderIds[kind]).map(({ values }) => ({ operation, values })),
      );
  }

  async function refusedOnY(token: string): Promise<string[]> {
    const cases = casesForY();
    expect(cases.length).toBeGreaterThan(40);
    const failures: string[] = [];
    await inBatches(cases, CONCURRENCY, async ({ operation, values }) => {
      const answer = await send(operation, values, token);
      if (answer.status !== 404 || answer.body?.code !== 'not_found')
        failures.push(
          `${operation.method} ${targetOf(operation, values)}: ${answer.status} ${answer.text.slice(0, 200)}`,
        );
      const echoed = Object.values(values).reduce((text, value) => text.split(value).join(''), answer.text);
      if (/yonder/i.test(echoed)) failures.push(`${operation.operationId} shows Y's data: ${answer.text}`);
    });
    return failures;
  }

  test('a switch token into X gets 404 on every client-scoped operation for Y; Y is unchanged', async () => {
    const before = await settledSnapshot(bravo.owner.accessToken, yonderIds, false);
    expect(await refusedOnY(actors.switchToken)).toEqual([]);
    expect(await settledSnapshot(bravo.owner.accessToken, yonderIds, false)).toEqual(before);
    // The same token inside X, for contrast: it is a working credential.
    expect((await call('GET', `/v1/clients/${clientX}`, { token: actors.switchToken })).status).toBe(200);
  });

  test('a member on neither team gets 404 on every client-scoped operation for Y, and reaches X once on its team', async () => {
    const { member, owner } = bravo;
    const before = await settledSnapshot(owner.accessToken, yonderIds, false);
    expect((await call('GET', `/v1/clients/${clientX}`, { token: member.accessToken })).status).toBe(404);
    expect(await refusedOnY(member.accessToken)).toEqual([]);
    expect(await settledSnapshot(owner.accessToken, yonderIds, false)).toEqual(before);

    await made(
      owner.accessToken,
      'PUT',
      `/v1/clients/${clientX}/team`,
      { ownerId: owner.user.id, memberIds: [member.user.id] },
      200,
    );
    expect((await call('GET', `/v1/clients/${clientX}`, { token: member.accessToken })).status).toBe(200);
    // Campaigns' routes enter through the gateway's access cache, which client.team_changed evicts.
    await eventually(
      async () =>
        (await call('GET', `/v1/clients/${clientX}/prospects`, { token: member.accessToken })).status === 200
          ? true
          : undefined,
      10_000,
      "the member to reach X's prospects",
    );
    expect((await call('GET', `/v1/clients/${clientY}`, { token: member.accessToken })).status).toBe(404);
  });
});

describe('the login limits hold under parallel attack', () => {
  /** Answers by status and code, e.g. `{ '401 invalid_credentials': 5, '429 account_locked': 45 }`. */
  const tally = (answers: Answer[]) =>
    answers.reduce<Record<string, number>>((counts, answer) => {
      const label = `${answer.status} ${answer.body?.code ?? ''}`;
      return { ...counts, [label]: (counts[label] ?? 0) + 1 };
    }, {});

  test('50 parallel wrong passwords from one network evaluate 5, then even the right one is refused', async () => {
    const { owner } = await signUpAgency(e2e.platform, { label: 'lockbox' });
    // One subscriber's /64, a different address for each guess: identity counts the /64 as one address
    // (docs/security.md), and the gateway's per-address limit lets every guess through to it.
    const network = `2001:db8:${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
    const from = (host: number) => ({ 'x-forwarded-for': `${network}::${host.toString(16)}` });
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        call('POST', '/v1/auth/login', {
          body: { email: owner.user.email, password: `Wrong-pass-${index}` },
          headers: from(index + 1),
        }),
      ),
    );
    // Five free failures per address (docs/security.md "login delay per address"), the rest refused unheard.
    expect(tally(guesses)).toEqual({ '401 invalid_credentials': 5, '429 account_locked': 45 });
    const right = await call('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: owner.password },
      headers: from(999),
    });
    expect([right.status, right.body.code]).toEqual([429, 'account_locked']);
    // The owner, from an address of their own, is not held back.
    expect(
      (await call('POST', '/v1/auth/login', { body: { email: owner.user.email, password: owner.password } }))
        .status,
    ).toBe(200);
  });

  test('50 parallel logins from one address get no more than the per-IP limit through', async () => {
    const address = {
      'x-forwarded-for': `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    };
    const started = Date.now();
    // A different unknown email each: only the gateway's per-IP limit can hold them back.
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        call('POST', '/v1/auth/login', {
          body: { email: `nobody-${randomUUID()}@nowhere.test`, password: 'Wrong-pass-123' },
          headers: address,
        }),
      ),
    );
    const elapsedMs = Date.now() - started;
    const counts = tally(answers);
    const through = counts['401 invalid_credentials'] ?? 0;
    expect(Object.keys(counts).sort()).toEqual(['401 invalid_credentials', '429 rate_limited']);
    // 20 a minute (LOGIN_RATE_LIMIT_PER_MINUTE), a bucket that refills one every 3 s while the burst lasts.
    expect(through).toBeGreaterThanOrEqual(20);
    expect(through).toBeLessThanOrEqual(20 + Math.floor(elapsedMs / 3000));
    expect(counts['429 rate_limited']).toBe(50 - through);
  });
});
