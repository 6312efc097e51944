import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { connectNats, deleteStreams, ensureStream, subjectOf, type NatsConnection } from '@atrium/events';
import { eventually, getTestServers, testNamespace } from '@atrium/testing';
import {
  CLIENT_DELETION_REQUESTED,
  CLIENT_TEAM_CHANGED,
  CLIENT_USER_UPDATED,
  MEMBER_ROLE_CHANGED,
  ROLE_UPDATED,
} from '../src/events/tenancy-events';
import { AccessResolver } from '../src/auth/resolve-access';
import { CursorSigner } from '../src/http/cursors';
import { OperationRouter } from '../src/http/operations';
import { createRegistry } from '../src/openapi/document';
import { ClientParamsSchema } from '../src/routes/shared/fields';
import { AGENCY_ROUTE, CLIENT_ROUTE, startAccessRoutes, type AccessRoutes } from './support/access-routes';
import { request, silentLogger, startStubbedGateway, type StubbedGateway } from './support/gateway';
import {
  AGENCY_USER_CLIENT_PERMISSIONS,
  API_KEY_SECRET,
  apiKey,
  CLIENT_ID,
  DELETING_CLIENT_ID,
  OTHER_CLIENT_ID,
  SESSION_ID,
} from './support/stubs';
import { accessToken } from './support/tokens';

let nc: NatsConnection;
let namespace: string;
let platform: StubbedGateway;
let routes: AccessRoutes;

/** Publishes an event the way tenancy's outbox relay does. */
async function publish(type: string, data: object): Promise<void> {
  const h = headers();
  const id = randomUUID();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', '/atrium/tenancy');
  h.set('ce-time', new Date().toISOString());
  h.set('ce-subject', 'agencies/agency-1');
  h.set('content-type', 'application/json');
  await jetstream(nc).publish(subjectOf(type, namespace), JSON.stringify(data), { msgID: id, headers: h });
}

interface Forwarded {
  userId: string;
  agencyPermissions?: string[];
  clientAccess?: { clientId: string; permissions: string[] };
}

async function call(path: string, bearer: string) {
  const answer = await request(`${routes.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  const body = answer.body as { forwarded?: Forwarded; code?: string };
  return { status: answer.status, forwarded: body.forwarded, code: body.code };
}

/** A new person of agency-1 (an owner unless the stub is told otherwise) and their access token. */
async function person(claims: Record<string, unknown> = {}): Promise<{ userId: string; token: string }> {
  const userId = randomUUID();
  return { userId, token: await accessToken(platform.key, { sub: userId, sid: randomUUID(), ...claims }) };
}

const clientAccessCalls = () => platform.tenancy.clientAccessChecks.length;
const agencyAccessCalls = () => platform.tenancy.accessChecks.length;
const serviceCalls = () => platform.tenancy.calls('GetPermissionCatalogue').length;

beforeAll(async () => {
  const { natsUrl } = await getTestServers();
  namespace = testNamespace();
  nc = await connectNats({ servers: natsUrl, name: 'gateway-test', logger: silentLogger });
  // tenancy owns the stream; here the test plays its part.
  await ensureStream(nc, 'tenancy', namespace);
  platform = await startStubbedGateway({ NATS_URL: natsUrl, EVENTS_NAMESPACE: namespace }, silentLogger, {
    followEvents: true,
  });
  routes = await startAccessRoutes(platform.gateway);
  await eventually(async () => platform.gateway.events?.tenancy.live || undefined, 10_000, 'the consumer');
});

afterAll(async () => {
  await routes?.stop();
  await platform?.stop();
  await deleteStreams(nc, namespace);
  await nc.drain();
});

describe('a route declaring access: { client }', () => {
  it('forwards the client access and agency permissions tenancy resolved, in the call metadata', async () => {
    const { userId, token } = await person();
    const answer = await call(CLIENT_ROUTE(CLIENT_ID), token);
    expect(answer.status).toBe(200);
    const expected = {
      userId,
      agencyId: 'agency-1',
      agencyPermissions: ['clients:create', 'clients:read_all'],
      clientAccess: { clientId: CLIENT_ID, permissions: AGENCY_USER_CLIENT_PERMISSIONS },
    };
    expect(answer.forwarded).toMatchObject(expected);
    // What the service received, parsed back from the metadata by libs/grpc.
    expect(platform.tenancy.calls('GetPermissionCatalogue').at(-1)?.call.actor).toMatchObject(expected);
    // Tenancy was asked as the caller, about the route's client.
    const asked = platform.tenancy.clientAccessChecks.at(-1);
    expect(asked?.request).toEqual({ clientId: CLIENT_ID });
    expect(asked?.call.actor).toEqual({ userId, agencyId: 'agency-1', sessionId: expect.any(String) });
  });

  it('asks tenancy once for many requests: a warm request makes no access call', async () => {
    const { token } = await person();
    const before = clientAccessCalls();
    const agencyBefore = agencyAccessCalls();
    for (let i = 0; i < 5; i += 1) expect((await call(CLIENT_ROUTE(CLIENT_ID), token)).status).toBe(200);
    expect(clientAccessCalls()).toBe(before + 1);
    expect(agencyAccessCalls()).toBe(agencyBefore);
  });

  it('shares one load among concurrent first requests', async () => {
    const { token } = await person();
    const before = clientAccessCalls();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call(CLIENT_ROUTE(OTHER_CLIENT_ID), token)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(clientAccessCalls()).toBe(before + 1);
  });

  it('answers 404 itself for a client the caller may not enter, and remembers it', async () => {
    const { userId, token } = await person();
    platform.tenancy.clientGrants.set(`${userId} ${CLIENT_ID}`, 'none');
    const [accessBefore, servedBefore] = [clientAccessCalls(), serviceCalls()];
    for (let i = 0; i < 3; i += 1)
      expect(await call(CLIENT_ROUTE(CLIENT_ID), token)).toMatchObject({ status: 404, code: 'not_found' });
    expect(clientAccessCalls()).toBe(accessBefore + 1);
    expect(serviceCalls()).toBe(servedBefore);
  });

  it('answers 410 itself for a client being deleted', async () => {
    const { token } = await person();
    const servedBefore = serviceCalls();
    expect(await call(CLIENT_ROUTE(DELETING_CLIENT_ID), token)).toMatchObject({
      status: 410,
      code: 'client_deleted',
    });
    expect(serviceCalls()).toBe(servedBefore);
  });

  it('answers 400 for a malformed client id before resolving anything', async () => {
    const { token } = await person();
    const before = clientAccessCalls();
    expect((await call(CLIENT_ROUTE('not-a-uuid'), token)).status).toBe(400);
    expect(clientAccessCalls()).toBe(before);
  });

  it("forwards a client user's role permissions and no agency permission", async () => {
    const { userId, token } = await person();
    platform.tenancy.roles.set(userId, 'client_user');
    platform.tenancy.clientGrants.set(`${userId} ${CLIENT_ID}`, ['templates:write']);
    expect((await call(CLIENT_ROUTE(CLIENT_ID), token)).forwarded).toMatchObject({
      agencyPermissions: [],
      clientAccess: { clientId: CLIENT_ID, permissions: ['templates:write'] },
    });
  });

  it('lets an API key in by its own permissions, and caches per key', async () => {
    const before = clientAccessCalls();
    const first = await call(CLIENT_ROUTE(CLIENT_ID), API_KEY_SECRET);
    expect(first.status).toBe(200);
    expect(first.forwarded).toMatchObject({
      apiKeyId: apiKey.id,
      agencyPermissions: apiKey.permissions,
      clientAccess: { clientId: CLIENT_ID, permissions: AGENCY_USER_CLIENT_PERMISSIONS },
    });
    expect((await call(CLIENT_ROUTE(CLIENT_ID), API_KEY_SECRET)).status).toBe(200);
    expect(clientAccessCalls()).toBe(before + 1);
    expect(platform.tenancy.clientAccessChecks.at(-1)?.call.actor).toMatchObject({
      apiKeyId: apiKey.id,
      apiKeyPermissions: apiKey.permissions,
    });
  });
});

describe('a switch token on routes declaring access', () => {
  it('reaches its own client as its agency user', async () => {
    const { userId, token } = await person({ sid: SESSION_ID, act_client: CLIENT_ID });
    const answer = await call(CLIENT_ROUTE(CLIENT_ID), token);
    expect(answer.status).toBe(200);
    expect(answer.forwarded).toMatchObject({
      userId,
      actingAsClientId: CLIENT_ID,
      clientAccess: { clientId: CLIENT_ID, permissions: AGENCY_USER_CLIENT_PERMISSIONS },
    });
  });

  it("answers 404 on another client's route and 403 on an agency route, asking tenancy nothing", async () => {
    const { token } = await person({ sid: SESSION_ID, act_client: CLIENT_ID });
    const [clientBefore, agencyBefore] = [clientAccessCalls(), agencyAccessCalls()];
    // Another client looks absent, as every client the caller may not enter does.
    expect(await call(CLIENT_ROUTE(OTHER_CLIENT_ID), token)).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(await call(AGENCY_ROUTE, token)).toMatchObject({ status: 403, code: 'forbidden' });
    expect(clientAccessCalls()).toBe(clientBefore);
    expect(agencyAccessCalls()).toBe(agencyBefore);
  });

  it("keeps its answers apart from its person's own", async () => {
    const userId = randomUUID();
    const own = await accessToken(platform.key, { sub: userId, sid: randomUUID() });
    const switched = await accessToken(platform.key, { sub: userId, sid: SESSION_ID, act_client: CLIENT_ID });
    const before = clientAccessCalls();
    expect((await call(CLIENT_ROUTE(CLIENT_ID), own)).forwarded?.clientAccess?.clientId).toBe(CLIENT_ID);
    expect((await call(CLIENT_ROUTE(CLIENT_ID), switched)).status).toBe(200);
    expect(clientAccessCalls()).toBe(before + 2);
  });
});

describe("a route declaring access: 'agency'", () => {
  it('forwards agency permissions from the GetAccess cache GET /v1/me fills', async () => {
    const { userId, token } = await person();
    platform.tenancy.roles.set(userId, 'admin');
    const me = await request(`${platform.gateway.url}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    const before = agencyAccessCalls();
    const answer = await call(AGENCY_ROUTE, token);
    expect(answer.status).toBe(200);
    expect(answer.forwarded).toMatchObject({
      userId,
      agencyPermissions: ['clients:create', 'clients:read_all'],
    });
    expect(answer.forwarded?.clientAccess).toBeUndefined();
    expect(agencyAccessCalls()).toBe(before);
  });

  it("forwards an API key's own permissions without asking tenancy", async () => {
    const [clientBefore, agencyBefore] = [clientAccessCalls(), agencyAccessCalls()];
    const answer = await call(AGENCY_ROUTE, API_KEY_SECRET);
    expect(answer.forwarded).toMatchObject({ agencyPermissions: apiKey.permissions });
    expect([clientAccessCalls(), agencyAccessCalls()]).toEqual([clientBefore, agencyBefore]);
  });

  it('answers 404 to a person who is only a client user, as agency routes do', async () => {
    const { userId, token } = await person();
    platform.tenancy.roles.set(userId, 'client_user');
    expect(await call(AGENCY_ROUTE, token)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers 404 to someone who is not a member', async () => {
    const { userId, token } = await person();
    platform.tenancy.roles.set(userId, 'none');
    expect(await call(AGENCY_ROUTE, token)).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe("tenancy's events evict cached client access at once", () => {
  /** Waits until the route shows what tenancy answers now. */
  function eventuallyStatus(path: string, token: string, status: number) {
    return eventually(
      async () => ((await call(path, token)).status === status ? true : undefined),
      2000,
      `${path} to answer ${status}`,
    );
  }

  it('member.role_changed forgets that member only', async () => {
    const changed = await person();
    const other = await person();
    for (const caller of [changed, other])
      expect((await call(CLIENT_ROUTE(CLIENT_ID), caller.token)).status).toBe(200);
    for (const caller of [changed, other])
      platform.tenancy.clientGrants.set(`${caller.userId} ${CLIENT_ID}`, 'none');
    // Tenancy answers otherwise now, but the gateway still trusts its cached answer.
    expect((await call(CLIENT_ROUTE(CLIENT_ID), changed.token)).status).toBe(200);
    await publish(MEMBER_ROLE_CHANGED, { agencyId: 'agency-1', userId: changed.userId, role: 'member' });
    await eventuallyStatus(CLIENT_ROUTE(CLIENT_ID), changed.token, 404);
    expect((await call(CLIENT_ROUTE(CLIENT_ID), other.token)).status).toBe(200);
  });

  it("client.team_changed forgets everyone's access to that client, and only to it", async () => {
    const caller = await person();
    expect((await call(CLIENT_ROUTE(CLIENT_ID), caller.token)).status).toBe(200);
    expect((await call(CLIENT_ROUTE(OTHER_CLIENT_ID), caller.token)).status).toBe(200);
    platform.tenancy.clientGrants.set(`${caller.userId} ${CLIENT_ID}`, 'none');
    platform.tenancy.clientGrants.set(`${caller.userId} ${OTHER_CLIENT_ID}`, 'none');
    await publish(CLIENT_TEAM_CHANGED, {
      agencyId: 'agency-1',
      clientId: CLIENT_ID,
      ownerId: randomUUID(),
      memberIds: [],
    });
    await eventuallyStatus(CLIENT_ROUTE(CLIENT_ID), caller.token, 404);
    expect((await call(CLIENT_ROUTE(OTHER_CLIENT_ID), caller.token)).status).toBe(200);
  });

  it('client.deletion_requested forgets the client, refusals included', async () => {
    const caller = await person();
    platform.tenancy.clientGrants.set(`${caller.userId} ${OTHER_CLIENT_ID}`, 'none');
    expect((await call(CLIENT_ROUTE(OTHER_CLIENT_ID), caller.token)).status).toBe(404);
    platform.tenancy.clientGrants.delete(`${caller.userId} ${OTHER_CLIENT_ID}`);
    await publish(CLIENT_DELETION_REQUESTED, { agencyId: 'agency-1', clientId: OTHER_CLIENT_ID });
    await eventuallyStatus(CLIENT_ROUTE(OTHER_CLIENT_ID), caller.token, 200);
  });

  it('role.updated forgets every cached access of the agency', async () => {
    const caller = await person();
    expect((await call(CLIENT_ROUTE(CLIENT_ID), caller.token)).forwarded?.clientAccess?.permissions).toEqual(
      AGENCY_USER_CLIENT_PERMISSIONS,
    );
    platform.tenancy.clientGrants.set(`${caller.userId} ${CLIENT_ID}`, ['templates:write']);
    await publish(ROLE_UPDATED, {
      agencyId: 'agency-1',
      roleId: randomUUID(),
      changedFields: ['permissions'],
    });
    await eventually(
      async () => {
        const permissions = (await call(CLIENT_ROUTE(CLIENT_ID), caller.token)).forwarded?.clientAccess
          ?.permissions;
        return permissions?.length === 1 ? true : undefined;
      },
      2000,
      'the custom role to take effect',
    );
  });

  it("client_user.updated forgets the client user's access", async () => {
    const caller = await person();
    platform.tenancy.roles.set(caller.userId, 'client_user');
    platform.tenancy.clientGrants.set(`${caller.userId} ${CLIENT_ID}`, ['templates:write']);
    expect((await call(CLIENT_ROUTE(CLIENT_ID), caller.token)).status).toBe(200);
    platform.tenancy.clientGrants.set(`${caller.userId} ${CLIENT_ID}`, 'none');
    await publish(CLIENT_USER_UPDATED, {
      agencyId: 'agency-1',
      clientId: CLIENT_ID,
      changedFields: ['status'],
      clientUser: { id: randomUUID(), identityUserId: caller.userId, status: 'disabled' },
    });
    await eventuallyStatus(CLIENT_ROUTE(CLIENT_ID), caller.token, 404);
  });
});

describe('access declarations', () => {
  const router = (withResolver: boolean) =>
    new OperationRouter(createRegistry(), {
      authenticate: () => (_req, _res, next) => next(),
      rateLimiter: platform.gateway.state.rateLimiter,
      cursors: new CursorSigner(platform.gateway.config.CURSOR_SIGNING_KEY),
      ...(withResolver && {
        access: new AccessResolver(platform.gateway.backends.tenancy, platform.gateway.state),
      }),
    });
  const spec = {
    method: 'get',
    path: '/v1/clients/{id}/thing',
    operationId: 'getThing',
    tag: 'test',
    summary: 'A thing',
    description: 'A thing inside a client.',
    authenticated: true,
    params: ClientParamsSchema,
    response: { status: 204, description: 'Nothing.' },
  } as const;
  const handler = async () => undefined;

  it('are refused at start-up on an unauthenticated route, or naming a parameter the path lacks', () => {
    expect(() =>
      router(true).add({ ...spec, authenticated: false, access: { client: 'id' } }, handler),
    ).toThrow(/not authenticated/);
    expect(() =>
      router(true).add({ ...spec, path: '/v1/things/{id}', access: { client: 'clientId' as 'id' } }, handler),
    ).toThrow(/does not hold/);
    expect(() => router(false).add({ ...spec, access: 'agency' }, handler)).toThrow(/resolves none/);
    expect(() => router(true).add({ ...spec, access: { client: 'id' } }, handler)).not.toThrow();
  });
});
