import type { tenancy } from '@atrium/proto';
import { eventually } from '@atrium/testing';

import {
  GrpcStatus,
  LIVENESS_SERVICE_NAME,
  createClient,
  defineService,
  startGrpcServer,
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

interface Running {
  server: GrpcServer;
  address: string;
  client: ServiceClient<tenancy.TenancyServiceDefinition>;
  lines: LogLine[];
  stop(): Promise<void>;
}

/**
 * A server with a tenancy service whose ListClients signals when it starts and waits for release, so a
 * call can be held in flight.
 */
async function startTenancy(options: {
  check: () => Promise<void>;
  intervalMs?: number;
  entered?: () => void;
  release?: Promise<void>;
}): Promise<Running> {
  const { logger, lines } = capturingLogger();
  const registration = defineService<tenancy.TenancyServiceDefinition>(
    TENANCY_SERVICE,
    tenancyProto().TenancyService.service,
    tenancyHandlers({
      ListClients: async () => {
        options.entered?.();
        await options.release;
        return { items: [], nextCursor: 'finished' };
      },
    }),
  );
  const server = await startGrpcServer({
    host: '127.0.0.1',
    port: 0,
    logger,
    services: [registration],
    readiness: { check: options.check, intervalMs: options.intervalMs },
  });
  const address = `127.0.0.1:${server.port}`;
  const client = createClient<tenancy.TenancyServiceDefinition>(tenancyProto().TenancyService, address, {
    deadlineMs: 5000,
  });
  return {
    server,
    address,
    client,
    lines,
    stop: async () => {
      client.close();
      await server.shutdown(1000);
    },
  };
}

function statusBecomes(address: string, service: string, expected: string): Promise<true> {
  return eventually(
    async () => ((await healthStatus(address, service)) === expected ? true : undefined),
    5000,
    `${service || 'the server'} to report ${expected}`,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('health', () => {
  it('follows the readiness check: not serving before it passes, serving after, not serving once it fails', async () => {
    const firstCheck = gate();
    let failing = false;
    const running = await startTenancy({
      intervalMs: 20,
      check: async () => {
        await firstCheck.promise;
        if (failing) throw new Error('database does not answer');
      },
    });
    const { address, client, lines } = running;
    try {
      expect(await healthStatus(address, '')).toBe('NOT_SERVING');
      expect(await healthStatus(address, TENANCY_SERVICE)).toBe('NOT_SERVING');
      expect(await client.checkHealth()).toBe(false);
      // Alive all the same: a dependency outage must not make Kubernetes restart the pod.
      expect(await healthStatus(address, LIVENESS_SERVICE_NAME)).toBe('SERVING');

      firstCheck.open();
      await statusBecomes(address, '', 'SERVING');
      expect(await healthStatus(address, TENANCY_SERVICE)).toBe('SERVING');
      expect(await client.checkHealth()).toBe(true);

      const linesBeforeFailure = lines.length;
      failing = true;
      await statusBecomes(address, '', 'NOT_SERVING');
      expect(await healthStatus(address, TENANCY_SERVICE)).toBe('NOT_SERVING');
      expect(await client.checkHealth()).toBe(false);
      expect(await healthStatus(address, LIVENESS_SERVICE_NAME)).toBe('SERVING');
      // Several failing checks run meanwhile; the transition is logged once, not on every tick.
      await sleep(150);
      expect(lines.slice(linesBeforeFailure)).toEqual([
        expect.objectContaining({
          level: 'warn',
          msg: 'readiness check fails; not serving',
          err: expect.objectContaining({ message: 'database does not answer' }),
        }),
      ]);

      failing = false;
      await statusBecomes(address, '', 'SERVING');
      expect(lines.slice(linesBeforeFailure + 1)).toEqual([
        expect.objectContaining({ level: 'info', msg: 'readiness check passes; serving' }),
      ]);
    } finally {
      firstCheck.open();
      await running.stop();
    }
  });

  it('counts a readiness check that never settles as failing', async () => {
    const never = gate();
    const running = await startTenancy({ intervalMs: 20, check: () => never.promise });
    try {
      await eventually(
        async () => running.lines.find((line) => line.msg === 'readiness check fails; not serving'),
        5000,
        'the hung check to be reported',
      );
      expect(await healthStatus(running.address, '')).toBe('NOT_SERVING');
    } finally {
      never.open();
      await running.stop();
    }
  });

  it('stays not serving after setReady(false) even while the check passes, until setReady(true)', async () => {
    const running = await startTenancy({ intervalMs: 20, check: async () => undefined });
    const { server, address } = running;
    try {
      await statusBecomes(address, '', 'SERVING');
      server.setReady(false);
      expect(await healthStatus(address, '')).toBe('NOT_SERVING');
      await sleep(100);
      expect(await healthStatus(address, TENANCY_SERVICE)).toBe('NOT_SERVING');
      server.setReady(true);
      expect(await healthStatus(address, '')).toBe('SERVING');
    } finally {
      await running.stop();
    }
  });
});

describe('shutdown', () => {
  it('lets calls in flight finish before it resolves', async () => {
    const entered = gate();
    const release = gate();
    const running = await startTenancy({
      check: async () => undefined,
      entered: entered.open,
      release: release.promise,
    });
    const { server, client } = running;
    try {
      const call = client.ListClients({});
      await entered.promise;

      let stopped = false;
      const shutdown = server.shutdown(5000).then(() => {
        stopped = true;
      });
      await sleep(50);
      expect(stopped).toBe(false);

      release.open();
      await expect(call).resolves.toEqual({ items: [], nextCursor: 'finished' });
      await shutdown;
      expect(stopped).toBe(true);
      expect(await client.checkHealth(500)).toBe(false);
    } finally {
      release.open();
      await running.stop();
    }
  });

  it('cancels calls still running after the grace period', async () => {
    const entered = gate();
    const never = gate();
    const running = await startTenancy({
      check: async () => undefined,
      entered: entered.open,
      release: never.promise,
    });
    const { server, client, lines } = running;
    try {
      const call = client.ListClients({});
      await entered.promise;
      await server.shutdown(100);
      await expect(call).rejects.toMatchObject({ code: GrpcStatus.CANCELLED });
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 'warn', msg: expect.stringContaining('after the grace period') }),
      );
    } finally {
      never.open();
      await running.stop();
    }
  });
});
