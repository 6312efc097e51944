import { getContext, runWithContext, traceIdOf, type RequestContext } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type BillingProto, type billing, type tenancy } from '@atrium/proto';
import { freePort } from '@atrium/testing';

import {
  DomainError,
  GrpcStatus,
  createClient,
  defineService,
  loadProto,
  problemFromGrpcError,
  startGrpcServer,
  type CallInfo,
  type GrpcServer,
  type ServiceClient,
} from '../src';
import {
  TENANCY_SERVICE,
  capturingLogger,
  gate,
  healthStatus,
  tenancyHandlers,
  tenancyProto,
  type LogLine,
} from './fixtures';

const PARENT_TRACE = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

interface Seen {
  request: tenancy.GetAccessRequest__Output;
  call: CallInfo;
  context: RequestContext | undefined;
}

const seen: Seen[] = [];
let slowHandler = gate();
let slowHandlerFinished = false;
let server: GrpcServer;
let client: ServiceClient<tenancy.TenancyServiceDefinition>;
let address: string;
let logLines: LogLine[];

const agency = { id: 'agency-1', name: 'Acme', createdAt: '2026-01-01T00:00:00.000Z' };

beforeAll(async () => {
  const proto = tenancyProto();
  const tenancyRegistration = defineService<tenancy.TenancyServiceDefinition>(
    TENANCY_SERVICE,
    proto.TenancyService.service,
    tenancyHandlers({
      GetAccess: async (request, call) => {
        seen.push({ request, call, context: getContext() });
        return {
          agency: { ...agency, id: request.agencyId },
          role: 'owner',
          permissions: ['clients:create'],
        };
      },
      CreateAgency: async (request) => {
        if (request.name === 'rate limited') {
          throw new DomainError('rate_limited', 'Slow down.', { retryAfterSeconds: 30 });
        }
        throw new DomainError('validation_failed', 'Le nom « Acme » est déjà pris.', {
          fields: [{ field: 'name', message: 'must be unique' }],
        });
      },
      CreateClient: async () => {
        throw new Error('connection to postgres://admin:pw@10.0.0.5 refused');
      },
      ListClients: async () => {
        await slowHandler.promise;
        slowHandlerFinished = true;
        return { items: [], nextCursor: '' };
      },
      ListClientAudience: async (request) => {
        if (request.clientId === 'missing') throw new DomainError('not_found', 'No such client.');
        return { userIds: ['user-1'] };
      },
    }),
  );
  const notCalledHere = async (): Promise<never> => {
    throw new Error('not called by these tests');
  };
  const billingDefinition = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing).atrium.billing.v1
    .BillingService.service;
  const billingRegistration = defineService<billing.BillingServiceDefinition>(
    'atrium.billing.v1.BillingService',
    billingDefinition,
    {
      GetClientStatus: async () => ({ status: 'PROJECTED_CLIENT_STATUS_ACTIVE' }),
      SavePaymentMethod: async () => ({}),
      GetPaymentMethod: async () => ({}),
      RemovePaymentMethod: async () => ({}),
      HandleProviderWebhook: async () => ({}),
      ListCreditPacks: notCalledHere,
      TransferCredits: notCalledHere,
      GetCredits: notCalledHere,
      PurchaseCredits: notCalledHere,
      GetClientBillingSettings: notCalledHere,
      UpdateClientBillingSettings: notCalledHere,
      ReserveCredits: notCalledHere,
      CommitReservation: notCalledHere,
      ReleaseReservation: notCalledHere,
      ListPlans: notCalledHere,
      GetSubscription: notCalledHere,
      ChangeSubscriptionPlan: notCalledHere,
    },
  );
  const capture = capturingLogger();
  logLines = capture.lines;
  server = await startGrpcServer({
    host: '127.0.0.1',
    port: 0,
    logger: capture.logger,
    services: [tenancyRegistration, billingRegistration],
    readiness: { check: async () => undefined },
  });
  address = `127.0.0.1:${server.port}`;
  client = createClient<tenancy.TenancyServiceDefinition>(proto.TenancyService, address, {
    deadlineMs: 5000,
  });
});

afterAll(async () => {
  slowHandler.open();
  client.close();
  await server.shutdown(1000);
});

beforeEach(() => {
  seen.length = 0;
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('a gRPC call', () => {
  it('reports the port it was given when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
  });

  it('reaches the handler with the decoded request and answers its response', async () => {
    const response = await client.GetAccess({ userId: 'user-1', agencyId: 'agency-9' });
    // Fields the handler did not set arrive with their proto3 defaults.
    expect(response).toMatchObject({
      agency: { ...agency, id: 'agency-9', logoUrl: '' },
      role: 'owner',
      permissions: ['clients:create'],
    });
    expect(seen[0]?.request).toEqual({ userId: 'user-1', agencyId: 'agency-9' });
  });

  it('carries the request id, actor and trace of the caller to the server', async () => {
    const actor = { userId: 'user-1', agencyId: 'agency-1', actingAsClientId: 'client-7' };
    await runWithContext({ requestId: 'req-42', traceparent: PARENT_TRACE, actor }, () =>
      client.GetAccess({ userId: 'user-1', agencyId: 'agency-1' }),
    );
    const [call] = seen;
    expect(call?.call.requestId).toBe('req-42');
    expect(call?.call.actor).toEqual(actor);
    expect(call?.context?.requestId).toBe('req-42');
    expect(call?.context?.actor).toEqual(actor);
    expect(traceIdOf(call?.context?.traceparent)).toBe(traceIdOf(PARENT_TRACE));
    expect(call?.context?.traceparent).not.toBe(PARENT_TRACE);
    expect(call?.call.metadata.get('x-request-id')).toEqual(['req-42']);
  });

  it('tells the handler when the call must be answered by', async () => {
    const before = Date.now();
    await client.GetAccess({ userId: 'user-1', agencyId: 'agency-1' }, { deadlineMs: 60_000 });
    const deadline = seen[0]?.call.deadline;
    expect(deadline).toBeInstanceOf(Date);
    expect(deadline!.getTime()).toBeGreaterThan(before + 30_000);
  });

  it('lets the caller act as another identity while keeping the request id', async () => {
    await runWithContext({ requestId: 'req-43', actor: { userId: 'user-1' } }, () =>
      client.GetAccess({ userId: 'svc', agencyId: 'agency-1' }, { actor: { userId: 'identity-service' } }),
    );
    expect(seen[0]?.call.actor).toEqual({ userId: 'identity-service' });
    expect(seen[0]?.call.requestId).toBe('req-43');
  });

  it('starts a trace of its own when made outside any request', async () => {
    await client.GetAccess({ userId: 'user-1', agencyId: 'agency-1' });
    expect(seen[0]?.call.actor).toBeUndefined();
    expect(seen[0]?.call.requestId).toBeUndefined();
    expect(traceIdOf(seen[0]?.context?.traceparent)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('errors across the wire', () => {
  it('keep a domain error code, detail and fields and map them to the catalogued HTTP status', async () => {
    const error = await rejectionOf(client.CreateAgency({ name: 'Acme' }));
    expect(error).toMatchObject({ code: GrpcStatus.INVALID_ARGUMENT });
    expect(problemFromGrpcError(error)).toEqual({
      type: 'https://atrium.dev/problems/validation_failed',
      status: 400,
      code: 'validation_failed',
      title: expect.any(String),
      detail: 'Le nom « Acme » est déjà pris.',
      fields: [{ field: 'name', message: 'must be unique' }],
    });
  });

  it('keep the retry hint of a rate limit', async () => {
    const problem = problemFromGrpcError(await rejectionOf(client.CreateAgency({ name: 'rate limited' })));
    expect(problem).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 30 });
  });

  it('answer not_found as 404', async () => {
    const problem = problemFromGrpcError(
      await rejectionOf(client.ListClientAudience({ clientId: 'missing' })),
    );
    expect(problem).toMatchObject({ status: 404, code: 'not_found', detail: 'No such client.' });
  });

  it('turn an unexpected failure into a 500 that does not leak its message, and log it with its stack', async () => {
    const context = { requestId: 'req-crash', traceparent: PARENT_TRACE };
    const error = await runWithContext(context, () => rejectionOf(client.CreateClient({ name: 'x' })));
    expect(error).toMatchObject({ code: GrpcStatus.INTERNAL, details: 'internal error' });
    expect(JSON.stringify(problemFromGrpcError(error))).not.toContain('postgres');
    expect(problemFromGrpcError(error)).toMatchObject({ status: 500, code: 'internal' });

    const logged = logLines.find((line) => line.level === 'error' && line.msg === 'gRPC handler failed');
    expect(logged).toMatchObject({
      requestId: 'req-crash',
      traceId: traceIdOf(PARENT_TRACE),
      method: '/atrium.tenancy.v1.TenancyService/CreateClient',
      err: {
        message: expect.stringContaining('refused'),
        stack: expect.stringContaining('Error: connection'),
      },
    });
  });

  it('do not log domain errors as failures', async () => {
    await rejectionOf(client.ListClientAudience({ clientId: 'missing' }));
    expect(
      logLines.filter((line) => line.level === 'error' && JSON.stringify(line).includes('No such client')),
    ).toEqual([]);
  });

  it('reject a call that outlives its deadline with DEADLINE_EXCEEDED, a 503 problem', async () => {
    const error = await rejectionOf(client.ListClients({}, { deadlineMs: 100 }));
    expect(slowHandlerFinished).toBe(false);
    expect(error).toMatchObject({ code: GrpcStatus.DEADLINE_EXCEEDED });
    expect(problemFromGrpcError(error)).toMatchObject({ status: 503, code: 'service_unavailable' });
    slowHandler.open();
    slowHandler = gate();
  });

  it('answer 503 service_unavailable when nothing listens at the address', async () => {
    const nowhere = createClient<tenancy.TenancyServiceDefinition>(
      tenancyProto().TenancyService,
      `127.0.0.1:${await freePort()}`,
      { deadlineMs: 2000 },
    );
    try {
      const error = await rejectionOf(nowhere.GetAccess({ userId: 'u', agencyId: 'a' }));
      expect(error).toMatchObject({ code: GrpcStatus.UNAVAILABLE });
      expect(problemFromGrpcError(error)).toMatchObject({ status: 503, code: 'service_unavailable' });
      expect(await nowhere.checkHealth(500)).toBe(false);
    } finally {
      nowhere.close();
    }
  });
});

describe('a service without RPCs', () => {
  it('registers and reports its health like any other', async () => {
    expect(await healthStatus(address, 'atrium.billing.v1.BillingService')).toBe('SERVING');
    expect(await client.checkHealth()).toBe(true);
  });
});

describe('loadProto', () => {
  it('loads a file once and hands out the same package object afterwards', () => {
    expect(loadProto(SERVICE_PROTO_FILES.tenancy)).toBe(loadProto(SERVICE_PROTO_FILES.tenancy));
  });
});
