import { createLogger } from '@atrium/logger';
import { registry } from '@atrium/metrics';
import type { tenancy } from '@atrium/proto';
import { parseMetrics, sampleSum } from '@atrium/testing';

import {
  DomainError,
  createClient,
  defineService,
  startGrpcServer,
  type GrpcServer,
  type ServiceClient,
} from '../src';
import { TENANCY_SERVICE, tenancyHandlers, tenancyProto } from './fixtures';

let server: GrpcServer;
let client: ServiceClient<tenancy.TenancyServiceDefinition>;

beforeAll(async () => {
  const proto = tenancyProto();
  server = await startGrpcServer({
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('grpc-metrics-test', 'silent'),
    services: [
      defineService<tenancy.TenancyServiceDefinition>(
        TENANCY_SERVICE,
        proto.TenancyService.service,
        tenancyHandlers({
          ListClientAudience: async (request) => {
            if (request.clientId === 'missing') throw new DomainError('not_found', 'No such client.');
            return { userIds: ['user-1'] };
          },
          CreateClient: async () => {
            throw new Error('a bug');
          },
        }),
      ),
    ],
    readiness: { check: async () => undefined },
  });
  client = createClient<tenancy.TenancyServiceDefinition>(proto.TenancyService, `127.0.0.1:${server.port}`, {
    deadlineMs: 5000,
  });
});

afterAll(async () => {
  client.close();
  await server.shutdown(1000);
});

const handled = async (method: string, code: string) =>
  sampleSum(parseMetrics(await registry.metrics()), 'grpc_server_handling_seconds_count', {
    grpc_service: TENANCY_SERVICE,
    grpc_method: method,
    grpc_code: code,
  });

describe('gRPC server metrics', () => {
  it('times each call under its method and the status code it answered', async () => {
    const okBefore = await handled('ListClientAudience', 'OK');
    const notFoundBefore = await handled('ListClientAudience', 'NOT_FOUND');
    await client.ListClientAudience({ agencyId: 'agency-1', clientId: 'present' });
    await client.ListClientAudience({ agencyId: 'agency-1', clientId: 'missing' }).catch(() => undefined);
    expect(await handled('ListClientAudience', 'OK')).toBe(okBefore + 1);
    expect(await handled('ListClientAudience', 'NOT_FOUND')).toBe(notFoundBefore + 1);
  });

  it('counts a handler that threw something unexpected as INTERNAL', async () => {
    const before = await handled('CreateClient', 'INTERNAL');
    await client.CreateClient({ name: 'Acme' }).catch(() => undefined);
    expect(await handled('CreateClient', 'INTERNAL')).toBe(before + 1);
  });
});
