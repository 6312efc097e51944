import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { getContext } from '@atrium/logger';
import { authenticate } from '../../src/auth/authenticate';
import { AccessResolver } from '../../src/auth/resolve-access';
import { CursorSigner } from '../../src/http/cursors';
import { OperationRouter } from '../../src/http/operations';
import { notFound, problemResponder } from '../../src/http/problems';
import { requestContext } from '../../src/http/request-context';
import { createRegistry } from '../../src/openapi/document';
import { z } from '../../src/openapi/zod';
import { ClientParamsSchema } from '../../src/routes/shared/fields';
import { silentLogger, type RunningGateway } from './gateway';

/** The routes a billing or campaigns route stands in for, as their paths. */
export const CLIENT_ROUTE = (clientId: string) => `/v1/clients/${clientId}/access-echo`;
export const AGENCY_ROUTE = '/v1/agency/access-echo';

const EchoSchema = z.object({ forwarded: z.unknown() });

export interface AccessRoutes {
  url: string;
  stop(): Promise<void>;
}

/**
 * Two operations declared as billing's and campaigns' routes will be (`access: { client: 'id' }` and
 * `access: 'agency'`), served by the gateway's own router, authentication and access resolver over the
 * running gateway's backends and caches, so its event followers evict what these routes read. Each
 * handler makes one gRPC call, as a real route would, and answers the actor that call carried, read
 * back from the request context libs/grpc takes it from.
 */
export async function startAccessRoutes(gateway: RunningGateway): Promise<AccessRoutes> {
  const { state, backends } = gateway;
  const operations = new OperationRouter(createRegistry(), {
    authenticate: (options) =>
      authenticate(
        { jwt: state.jwt, apiKeys: state.apiKeys, revokedSessions: state.revokedSessions },
        options,
      ),
    rateLimiter: state.rateLimiter,
    cursors: new CursorSigner(gateway.config.CURSOR_SIGNING_KEY),
    access: new AccessResolver(backends.tenancy, state),
  });
  const forwarded = async () => {
    await backends.tenancy.GetPermissionCatalogue({});
    return { forwarded: getContext()?.actor };
  };
  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/access-echo',
      operationId: 'echoClientAccess',
      tag: 'test',
      summary: 'Echo the client access forwarded',
      description: 'A stand-in for a billing or campaigns route inside a client.',
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      response: { status: 200, description: 'The actor forwarded.', schema: EchoSchema },
    },
    forwarded,
  );
  operations.add(
    {
      method: 'get',
      path: AGENCY_ROUTE,
      operationId: 'echoAgencyAccess',
      tag: 'test',
      summary: 'Echo the agency access forwarded',
      description: 'A stand-in for an agency-wide billing route.',
      authenticated: true,
      access: 'agency',
      response: { status: 200, description: 'The actor forwarded.', schema: EchoSchema },
    },
    forwarded,
  );
  const app = express();
  app.use(requestContext);
  app.use(operations.router);
  app.use(notFound);
  app.use(problemResponder(silentLogger));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
