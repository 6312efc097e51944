import { callGateway, startPlatform, type Backend, type Platform } from '../e2e/platform';
import { createClient, signUpAgency, type NewAgency } from '../e2e/fixture';
import { recordFigures } from './figures';
import { positiveSetting, runPool, secondsSince, waitUntil } from './traffic';

// Each backend stopped in turn: the gateway answers 503 within its gRPC deadline for the routes that
// need the backend, keeps serving the routes that do not, names the backend in /readyz, and serves
// the routes again within seconds of the backend's return (docs/reliability.md).
const DEADLINE_MS = positiveSetting('FAULTS_GRPC_DEADLINE_MS', 2000);
// What a request may take on top of the deadline: the gateway's own work on a loaded 2-core machine.
const LATENCY_SLACK_MS = 1000;
const CALLS_WHILE_DOWN = 20;

let platform: Platform;
let agency: NewAgency;
let clientId: string;

beforeAll(async () => {
  platform = await startPlatform({ env: { GRPC_DEADLINE_MS: String(DEADLINE_MS) } });
  agency = await signUpAgency(platform, { label: 'stopped', agencyName: 'Stopped Backend Agency' });
  clientId = (await createClient(platform, agency, { name: 'Steady Client' })).id;
});

afterAll(async () => {
  await platform?.shutdown();
});

interface Route {
  method: string;
  path: () => string;
  body?: () => unknown;
  /** Signed in as the agency's owner. */
  token: boolean;
}

const get = (path: () => string, token = true): Route => ({ method: 'GET', path, token });
const login: Route = {
  method: 'POST',
  path: () => '/v1/auth/login',
  body: () => ({ email: agency.owner.user.email, password: agency.owner.password }),
  token: false,
};

/** Per backend: a route that needs it, and one that needs none of it. */
const ROUTES: Record<Backend, { needs: Route; serves: Route }> = {
  identity: { needs: login, serves: get(() => '/v1/clients') },
  tenancy: { needs: get(() => '/v1/clients'), serves: get(() => '/.well-known/jwks.json', false) },
  billing: { needs: get(() => '/v1/agency/credits'), serves: get(() => '/v1/clients') },
  campaigns: { needs: get(() => `/v1/clients/${clientId}/prospects`), serves: get(() => '/v1/clients') },
  notification: { needs: get(() => '/v1/notifications/unread-count'), serves: get(() => '/v1/clients') },
};

const call = async (route: Route) => {
  const started = Date.now();
  const answer = await callGateway(platform, route.method, route.path(), {
    token: route.token ? agency.owner.accessToken : undefined,
    body: route.body?.(),
  });
  return { status: answer.status, ms: Date.now() - started };
};

const results: Record<string, number | string> = {};
let allPassed = true;

afterAll(() => {
  recordFigures({
    scenario: 'backend-stopped',
    title: `Each backend stopped in turn (GRPC_DEADLINE_MS=${DEADLINE_MS}); ${CALLS_WHILE_DOWN} calls per route while down`,
    figures: results,
    passed: allPassed && Object.keys(results).length > 0,
  });
});

describe.each(Object.keys(ROUTES) as Backend[])('with %s stopped', (backend) => {
  it('answers 503 within the deadline where needed, serves the rest, names it in /readyz, recovers', async () => {
    const { needs, serves } = ROUTES[backend];
    expect((await call(needs)).status).toBeLessThan(300);
    expect((await call(serves)).status).toBeLessThan(300);

    await platform.stop(backend);
    let needing: { status: number; ms: number }[];
    let serving: { status: number; ms: number }[];
    let readiness: { status: number; body: { services?: Record<string, string> } };
    let recoverSeconds: number | string = 'never';
    try {
      needing = await runPool(CALLS_WHILE_DOWN, 4, () => call(needs));
      serving = await runPool(CALLS_WHILE_DOWN, 4, () => call(serves));
      const ready = await callGateway(platform, 'GET', '/readyz');
      readiness = { status: ready.status, body: ready.body ?? {} };
    } finally {
      const restarted = Date.now();
      await platform.start(backend);
      const recovered = await waitUntil(
        async () => ((await call(needs)).status < 300 ? Date.now() : undefined),
        60_000,
        `${needs.method} ${needs.path()} to answer 2xx again`,
        100,
      ).catch(() => undefined);
      if (recovered) recoverSeconds = secondsSince(restarted, recovered);
      else allPassed = false;
    }

    const maxLatency = Math.max(...needing.map((answer) => answer.ms));
    const unavailable = needing.filter((answer) => answer.status === 503).length;
    const other5xx = [...needing, ...serving].filter(
      (answer) => answer.status >= 500 && answer.status !== 503,
    ).length;
    const served = serving.filter((answer) => answer.status < 300).length;
    const named =
      readiness.status === 503 &&
      readiness.body.services?.[backend] === 'down' &&
      Object.entries(readiness.body.services ?? {}).every(
        ([name, state]) => name === backend || state === 'up',
      );
    Object.assign(results, {
      [`${backend}: max latency while down (ms)`]: maxLatency,
      [`${backend}: 503s`]: `${unavailable}/${CALLS_WHILE_DOWN}`,
      [`${backend}: other 5xx`]: other5xx,
      [`${backend}: other routes served`]: `${served}/${CALLS_WHILE_DOWN}`,
      [`${backend}: /readyz named it`]: named ? 'yes' : 'no',
      [`${backend}: seconds to recover`]: recoverSeconds,
    });
    const ok =
      unavailable === CALLS_WHILE_DOWN &&
      other5xx === 0 &&
      served === CALLS_WHILE_DOWN &&
      named &&
      maxLatency <= DEADLINE_MS + LATENCY_SLACK_MS;
    if (!ok) allPassed = false;
    expect({ unavailable, other5xx, served, named }).toEqual({
      unavailable: CALLS_WHILE_DOWN,
      other5xx: 0,
      served: CALLS_WHILE_DOWN,
      named: true,
    });
    expect(maxLatency).toBeLessThanOrEqual(DEADLINE_MS + LATENCY_SLACK_MS);
    expect(recoverSeconds).not.toBe('never');
  });
});
