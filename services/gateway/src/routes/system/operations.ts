import { jsonBodyGuard } from '../../http/security';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { BackendName, Backends } from '../../backends';
import { fetchJwks } from '../../auth/jwks-source';
import type { OperationRouter } from '../../http/operations';
import type { Lifecycle } from '../../lifecycle';
import { z } from '../../openapi/zod';

/** Readiness probes run every few seconds; a backend slower than this counts as down. */
const HEALTH_CHECK_TIMEOUT_MS = 1000;

export const JwksSchema = z
  .object({ keys: z.array(z.record(z.string(), z.unknown())) })
  .openapi('JsonWebKeySet', {
    description: 'RFC 7517 JSON Web Key Set: the current and previous signing keys.',
  });

const BACKEND_NAMES = [
  'identity',
  'tenancy',
  'billing',
  'campaigns',
  'notification',
] as const satisfies BackendName[];

export const ReadinessSchema = z
  .object({
    status: z.enum(['ready', 'not_ready', 'shutting_down']),
    services: z.object(Object.fromEntries(BACKEND_NAMES.map((name) => [name, z.enum(['up', 'down'])]))),
  })
  .openapi('Readiness');

export function addSystemRoutes(
  operations: OperationRouter,
  registry: OpenAPIRegistry,
  backends: Backends,
  lifecycle: Lifecycle,
): void {
  operations.add(
    {
      method: 'get',
      path: '/.well-known/jwks.json',
      operationId: 'getJwks',
      tag: 'system',
      summary: 'Token signing keys',
      description:
        'The public keys that verify access tokens: the current one and retired ones whose tokens may not have ' +
        'expired yet. Public; cacheable for a minute, so a verifier elsewhere learns a rotated key quickly.',
      authenticated: false,
      response: { status: 200, description: 'The key set.', schema: JwksSchema },
    },
    async ({ res }) => {
      const jwks = await fetchJwks(backends.identity);
      res.setHeader('Cache-Control', 'public, max-age=60');
      return jwks;
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/healthz',
      operationId: 'getLiveness',
      tag: 'system',
      summary: 'Liveness',
      description: 'Answers while the process runs; says nothing about the services behind it.',
      authenticated: false,
      response: {
        status: 200,
        description: 'The process is alive.',
        schema: z.object({ status: z.literal('ok') }),
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  registry.registerPath({
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    tags: ['system'],
    summary: 'Readiness',
    description:
      'Ready when every backend service answers its gRPC health check and the gateway is not shutting down.',
    responses: {
      200: { description: 'Ready to serve.', content: { 'application/json': { schema: ReadinessSchema } } },
      503: {
        description:
          'Not ready: `services` names the backends that are down, or the gateway is shutting down.',
        content: { 'application/json': { schema: ReadinessSchema } },
      },
    },
  });
  operations.router.get('/readyz', jsonBodyGuard('getReadiness'), async (_req, res) => {
    const up = await Promise.all(
      BACKEND_NAMES.map((name) => backends[name].checkHealth(HEALTH_CHECK_TIMEOUT_MS)),
    );
    const services = Object.fromEntries(
      BACKEND_NAMES.map((name, index) => [name, up[index] ? 'up' : 'down']),
    );
    let status: z.infer<typeof ReadinessSchema>['status'] = 'ready';
    if (lifecycle.shuttingDown) status = 'shutting_down';
    else if (up.includes(false)) status = 'not_ready';
    res.status(status === 'ready' ? 200 : 503).json({ status, services });
  });
}
