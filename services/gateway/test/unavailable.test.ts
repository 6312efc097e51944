import { defineService, loadProto, type GrpcServer, type Implementation } from '@atrium/grpc';
import { eventually } from '@atrium/testing';
import { SERVICE_PROTO_FILES, type identity, type IdentityProto } from '@atrium/proto';
import {
  request,
  startGateway,
  startStubServer,
  unreachableAddresses,
  type RunningGateway,
} from './support/gateway';
import { accessToken, newSigningKey } from './support/tokens';

const DEADLINE_MS = 300;

/** An identity that accepts calls and never answers them until the test lets go. */
function hangingIdentity() {
  const held: (() => void)[] = [];
  const definition = loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity).atrium.identity.v1.IdentityService
    .service;
  // Whatever the answer, it comes after the gateway gave up: only the waiting matters.
  const hang = () =>
    new Promise<object>((resolve) => {
      held.push(() => resolve({}));
    });
  const implementation = Object.fromEntries(Object.keys(definition).map((name) => [name, hang]));
  const registration = defineService<identity.IdentityServiceDefinition>(
    'atrium.identity.v1.IdentityService',
    definition,
    implementation as unknown as Implementation<identity.IdentityServiceDefinition>,
  );
  return { registration, release: () => held.splice(0).forEach((resume) => resume()) };
}

describe('with no backend listening', () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startGateway(await unreachableAddresses(), { GRPC_DEADLINE_MS: String(DEADLINE_MS) });
  });

  afterAll(() => gateway.stop());

  test('a call answers 503 service_unavailable without naming the backend', async () => {
    const answer = await request(`${gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'right password' },
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({
      status: 503,
      code: 'service_unavailable',
      instance: '/v1/auth/login',
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  test("a token cannot be checked without identity's keys, which is 503 rather than 401", async () => {
    const token = await accessToken(await newSigningKey('key-1'));
    const answer = await request(`${gateway.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ code: 'service_unavailable' });
  });

  test('readiness is 503 and names every backend as down', async () => {
    const answer = await request(`${gateway.url}/readyz`);
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      status: 'not_ready',
      services: {
        identity: 'down',
        tenancy: 'down',
        billing: 'down',
        campaigns: 'down',
        notification: 'down',
      },
    });
  });
});

describe('with a backend that does not answer', () => {
  let gateway: RunningGateway;
  let server: GrpcServer;
  const identity = hangingIdentity();

  beforeAll(async () => {
    const stub = await startStubServer(identity.registration);
    server = stub.server;
    gateway = await startGateway(
      { ...(await unreachableAddresses()), identity: stub.address },
      { GRPC_DEADLINE_MS: String(DEADLINE_MS) },
    );
  });

  afterAll(async () => {
    identity.release();
    await gateway.stop();
    await server.shutdown(1000);
  });

  test('the call gives up at its deadline and answers 503 service_unavailable', async () => {
    const answer = await request(`${gateway.url}/v1/auth/signup`, {
      body: { agencyName: 'Northwind', name: 'Ada', email: 'ada@example.com', password: 'a long password' },
    });
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ code: 'service_unavailable' });
  });

  test('readiness names only the backends that are down', async () => {
    const answer = await eventually(async () => {
      const probe = await request(`${gateway.url}/readyz`);
      return (probe.body as { services: Record<string, string> }).services.identity === 'up'
        ? probe
        : undefined;
    });
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      status: 'not_ready',
      services: { identity: 'up', tenancy: 'down', billing: 'down', campaigns: 'down', notification: 'down' },
    });
  });
});
