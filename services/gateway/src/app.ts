import express, { type Express } from 'express';
import type { Logger } from '@atrium/logger';
import { authenticate } from './auth/authenticate';
import { fetchJwks } from './auth/jwks-source';
import { JwtVerifier } from './auth/jwt-verifier';
import type { Backends } from './backends';
import type { GatewayConfig } from './config';
import { OperationRouter } from './http/operations';
import { notFound, problemResponder } from './http/problems';
import { accessLog } from './http/access-log';
import { requestContext } from './http/request-context';
import { Lifecycle } from './lifecycle';
import { createRegistry, generateDocument } from './openapi/document';
import { addAuthRoutes } from './routes/auth';
import { addClientRoutes } from './routes/clients';
import { docsRouter, registerDocsPaths } from './routes/docs';
import { addMeRoutes } from './routes/me';
import { addNotificationRoutes } from './routes/notifications';
import { addSystemRoutes } from './routes/system';

export interface AppDeps {
  config: Pick<
    GatewayConfig,
    'JWT_ISSUER' | 'JWT_AUDIENCE' | 'JWKS_REFRESH_COOLDOWN_MS' | 'BODY_LIMIT' | 'TRUST_PROXY'
  >;
  backends: Backends;
  logger: Logger;
  /** Shared with main so readiness fails as soon as shutdown begins. */
  lifecycle?: Lifecycle;
}

export function createApp(deps: AppDeps): Express {
  const { config, backends, logger } = deps;
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);

  app.use(requestContext);
  app.use(accessLog(logger));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Lets keep-alive clients move to another replica while this one drains.
    if (lifecycle.shuttingDown) res.setHeader('Connection', 'close');
    next();
  });
  app.use(express.json({ limit: config.BODY_LIMIT }));

  const registry = createRegistry();
  const verifier = new JwtVerifier({
    getJwks: () => fetchJwks(backends.identity),
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    refreshCooldownMs: config.JWKS_REFRESH_COOLDOWN_MS,
  });
  const operations = new OperationRouter(registry, authenticate(verifier));
  addSystemRoutes(operations, registry, backends, lifecycle);
  addAuthRoutes(operations, backends);
  addMeRoutes(operations, backends);
  addClientRoutes(operations, backends);
  addNotificationRoutes(operations, backends);
  app.use(operations.router);
  registerDocsPaths(registry);
  app.use(docsRouter(generateDocument(registry)));

  app.use(notFound);
  app.use(problemResponder(logger));
  return app;
}
