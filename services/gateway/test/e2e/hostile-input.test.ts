import fc from 'fast-check';
import {
  hostileRequests,
  send,
  verdict,
  type HostileRequest,
  type KnownIds,
  type OpenApiDocument,
} from '../support/hostile-requests';
import { callGateway, startPlatform, type Platform } from './platform';

// Property-based: requests generated from /openapi.json over every operation, one class of hostile or
// careless input at a time, against the real processes. None may answer 5xx; each answers the one
// status a correct gateway gives, as a problem naming the field; and none changes anything stored.
jest.setTimeout(300_000);

/** Requests per class; every class spans every operation it applies to. */
const RUNS: Record<string, number> = {
  textInBody: 400,
  keyInBody: 200,
  textInQuery: 150,
  textInPath: 150,
  brokenPercentEncoding: 150,
  forgedCursors: 200,
  looseNumbers: 80,
  looseDates: 40,
  unsupportedEncoding: 150,
  undecodableBody: 150,
  wrongContentType: 150,
};

let platform: Platform;
let token: string;
let document: OpenApiDocument;
const ids: KnownIds = {};

const call = (method: string, route: string, body?: unknown) =>
  callGateway(platform, method, route, { token, ...(body === undefined ? {} : { body }) });

/** What a refused request must leave as it was: the audit log records every write. */
async function snapshot(): Promise<unknown[]> {
  const reads = [
    '/v1/audit-log?limit=100',
    '/v1/me',
    '/v1/agency',
    '/v1/agency/members',
    '/v1/agency/roles',
    '/v1/agency/custom-fields',
    '/v1/agency/invitations',
    '/v1/agency/api-keys',
    '/v1/clients',
    `/v1/clients/${ids.id}`,
    `/v1/clients/${ids.id}/users`,
    `/v1/clients/${ids.id}/team`,
    `/v1/clients/${ids.id}/prospects?limit=100`,
    `/v1/clients/${ids.id}/lists?limit=100`,
    `/v1/clients/${ids.id}/prospect-fields`,
    `/v1/clients/${ids.id}/field-mappings`,
    `/v1/clients/${ids.id}/templates?limit=100`,
  ];
  // One at a time: seventeen reads at once across four services outlast a busy machine's deadlines.
  const answers: unknown[] = [];
  for (const route of reads) {
    const answer = await call('GET', route);
    if (answer.status !== 200) throw new Error(`GET ${route} answered ${answer.status}: ${answer.text}`);
    answers.push({ route, body: answer.body });
  }
  return answers;
}

beforeAll(async () => {
  platform = await startPlatform({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '100000' } });
  const signedUp = await callGateway(platform, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: 'Fuzz Agency',
      name: 'Fay Owner',
      email: 'fay@fuzz.test',
      password: 'Hostile-Input-42',
    },
  });
  token = signedUp.body.accessToken;
  ids.userId = signedUp.body.user.id;
  const client = await call('POST', '/v1/clients', { name: 'Fuzzed Client', tags: ['target'] });
  ids.id = client.body.id;
  const role = await call('POST', '/v1/agency/roles', { name: 'Fuzz Role', permissions: ['clients:create'] });
  ids.roleId = role.body.id;
  const field = await call('PUT', '/v1/agency/custom-fields/crm_id', { label: 'CRM id' });
  ids.key = field.status === 200 ? 'crm_id' : 'missing';
  const invited = await call('POST', '/v1/agency/members', {
    email: 'ivy@fuzz.test',
    name: 'Ivy',
    role: 'member',
  });
  ids.invitationId = invited.body.id;
  document = (await callGateway(platform, 'GET', '/openapi.json')).body as OpenApiDocument;
});

afterAll(async () => {
  await platform?.shutdown();
});

test('no generated hostile request answers 5xx, each is refused naming its field, and nothing changes', async () => {
  const before = await snapshot();
  const { classes } = hostileRequests(document, ids);
  const seed = Date.now();
  const failures: string[] = [];
  let sent = 0;
  for (const [name, arbitrary] of Object.entries(classes)) {
    const requests: HostileRequest[] = fc.sample(arbitrary, { numRuns: RUNS[name] ?? 100, seed });
    for (const request of requests) {
      const answer = await send(platform.url, request, token);
      sent += 1;
      const wrong = verdict(request, answer);
      if (wrong) failures.push(`${name}: ${request.method} ${request.target} (${request.what}) ${wrong}`);
    }
  }
  const after = await snapshot();
  // A summary a reader can quote; the assertions below are what fails.
  const fivexx = failures.filter((failure) => / answered 5\d\d/.test(failure)).length;
  expect({ seed, sent, fivexx, failures: failures.slice(0, 40), failureCount: failures.length }).toEqual({
    seed,
    sent,
    fivexx: 0,
    failures: [],
    failureCount: 0,
  });
  expect(sent).toBeGreaterThan(1500);
  expect(after).toEqual(before);
  // The owner's session survived every request: no refused request logged it out.
  expect((await call('GET', '/v1/me')).status).toBe(200);
});

test('every operation of the document takes part in the classes that apply to it', () => {
  const { coverage } = hostileRequests(document, ids);
  const all = Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).map((operation) => (operation as { operationId: string }).operationId),
  );
  expect(all.length).toBeGreaterThan(60);
  // Every operation meets at least the encoding and content-type classes; a new one joins them all.
  for (const operationId of all)
    expect([operationId, coverage.get(operationId)]).toEqual([
      operationId,
      expect.arrayContaining(['unsupportedEncoding', 'wrongContentType']),
    ]);
  expect(coverage.get('createClient')).toEqual(expect.arrayContaining(['textInBody', 'keyInBody']));
  expect(coverage.get('listClients')).toEqual(
    expect.arrayContaining(['textInQuery', 'forgedCursors', 'looseNumbers']),
  );
});
