import express, { type Express, type Request, type RequestHandler } from 'express';
import type { Logger } from '@atrium/logger';
import { telemetryEnabled } from '@atrium/telemetry';
import { authenticate } from './auth/authenticate';
import { AccessResolver } from './auth/resolve-access';
import { SwitchActionRecorder } from './auth/switch-actions';
import type { Backends } from './backends';
import type { GatewayConfig } from './config';
import { chain } from './http/chain';
import { CursorSigner } from './http/cursors';
import { OperationRouter } from './http/operations';
import {
  acceptedContentEncoding,
  corsPolicy,
  decodablePath,
  noStore,
  securityHeaders,
} from './http/security';
import { notFound, problemResponder } from './http/problems';
import { accessLog } from './http/access-log';
import { requestContext } from './http/request-context';
import { serverSpan } from './http/server-span';
import { Lifecycle } from './lifecycle';
import { httpMetrics } from './metrics/http-metrics';
import { idempotency, type IdempotencyStore } from './http/idempotency';
import { createRegistry, generateDocument } from './openapi/document';
import { addAgencyRoutes } from './routes/agency/operations';
import { addApiKeyRoutes } from './routes/api-keys/operations';
import { addAuditLogRoutes } from './routes/audit-log/operations';
import { addAuthRoutes } from './routes/auth/operations';
import { addCreditRoutes } from './routes/credits/operations';
import { addPaymentMethodRoutes } from './routes/payment-methods/operations';
import { addBillingSettingsRoutes } from './routes/billing-settings/operations';
import { addSubscriptionRoutes } from './routes/subscription/operations';
import { addClientSwitchRoutes } from './routes/client-switch/operations';
import { addClientLifecycleRoutes } from './routes/clients/lifecycle';
import { addClientTeamRoutes } from './routes/client-team/operations';
import { addClientUserRoutes } from './routes/client-users/operations';
import { addClientRoutes } from './routes/clients/operations';
import { docsRouter, registerDocsPaths } from './routes/docs/operations';
import { addAgencyInvitationRoutes, addInvitationRoutes } from './routes/invitations/operations';
import { addJobRoutes } from './routes/jobs/operations';
import { addProspectImportRoutes } from './routes/prospect-imports/operations';
import { addMeRoutes } from './routes/me/operations';
import { addMemberRoutes } from './routes/members/operations';
import { addNotificationStreamRoute } from './routes/notifications/stream';
import { addRoleRoutes } from './routes/roles/operations';
import { addNotificationRoutes } from './routes/notifications/operations';
import { addFieldMappingRoutes } from './routes/field-mappings/operations';
import { addProspectFieldRoutes } from './routes/prospect-fields/operations';
import { addProspectListRoutes } from './routes/prospect-lists/operations';
import { addProspectRoutes } from './routes/prospects/operations';
import { addTemplateRoutes } from './routes/templates/operations';
import { addSessionRoutes } from './routes/sessions/operations';
import { addSystemRoutes } from './routes/system/operations';
import { addUserRoutes } from './routes/users/operations';
import {
  createGatewayState,
  invalidationHandlers,
  tenancyInvalidationHandlers,
  type GatewayState,
  type StateConfig,
} from './state';

export interface AppDeps {
  config: StateConfig &
    Pick<
      GatewayConfig,
      | 'BODY_LIMIT'
      | 'TRUST_PROXY'
      | 'SSE_HEARTBEAT_MS'
      | 'CORS_ALLOWED_ORIGINS'
      | 'HSTS_MAX_AGE_SECONDS'
      | 'CURSOR_SIGNING_KEY'
    >;
  backends: Backends;
  logger: Logger;
  /** Shared with main so readiness fails as soon as shutdown begins. */
  lifecycle?: Lifecycle;
  /** Shared with main so identity's events reach the caches the routes read. */
  state?: GatewayState;
  /** Where Idempotency-Key answers are kept (main: a NATS bucket). Without it the header is ignored. */
  idempotency?: IdempotencyStore;
}

/** TRUST_PROXY as Express reads it: empty trusts no proxy, a number counts hops, else addresses. */
export function trustProxySetting(value: string): boolean | number | string {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

export function createApp(deps: AppDeps): Express {
  const { config, backends, logger } = deps;
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  const state = deps.state ?? createGatewayState(config, backends, logger);
  // Open streams never finish by themselves; ending them lets the server close (clients reconnect).
  lifecycle.onShutdown(() => state.notificationStreams.endAll());
  const app = express();
  app.disable('x-powered-by');
  // Every answer is `Cache-Control: no-store` (noStore), so no client revalidates with If-None-Match;
  // Express's default hashes each JSON body for a strong ETag all the same (a few percent of the
  // gateway's CPU on a client list). Binary answers set their own ETag (http/answers.ts).
  app.set('etag', false);
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));

  // The steps every request takes, as one router layer (http/chain.ts).
  const frontDoor = [
    httpMetrics(),
    // Before the request context, whose traceparent is then this span's.
    ...(telemetryEnabled() ? [serverSpan] : []),
    requestContext,
    accessLog(logger),
    securityHeaders({ hstsMaxAgeSeconds: config.HSTS_MAX_AGE_SECONDS }),
    noStore,
    // Lets keep-alive clients move to another replica while this one drains.
    ((_req, res, next) => {
      if (lifecycle.shuttingDown) res.setHeader('Connection', 'close');
      next();
    }) satisfies RequestHandler,
    corsPolicy(config.CORS_ALLOWED_ORIGINS),
    // A preflight from an origin CORS did not allow still answers, without the headers that would allow it.
    ((req, res, next) => {
      if (req.method === 'OPTIONS') res.status(204).end();
      else next();
    }) satisfies RequestHandler,
    decodablePath,
    acceptedContentEncoding,
  ];
  const registry = createRegistry();
  const authenticators = {
    jwt: state.jwt,
    apiKeys: state.apiKeys,
    revokedSessions: state.revokedSessions,
    switchActions: new SwitchActionRecorder(backends.tenancy, logger),
  };
  const access = new AccessResolver(backends.tenancy, state);
  const operations = new OperationRouter(registry, {
    authenticate: (options) => authenticate(authenticators, options),
    rateLimiter: state.rateLimiter,
    cursors: new CursorSigner(config.CURSOR_SIGNING_KEY),
    access,
    ...(deps.idempotency && { idempotency: idempotency(deps.idempotency, logger) }),
  });
  // Routes register below; an upload's body (a signed webhook's JSON too) stays raw for its route.
  app.use(
    chain(
      ...frontDoor,
      express.json({
        limit: config.BODY_LIMIT,
        type: (req) =>
          Boolean((req as Request).is('application/json')) && !operations.takesRawBody(req as Request),
      }),
    ),
  );
  const invalidation = invalidationHandlers(state, config);
  const tenancyInvalidation = tenancyInvalidationHandlers(state);
  addSystemRoutes(operations, registry, backends, lifecycle);
  addAuthRoutes(operations, backends, invalidation);
  addInvitationRoutes(operations, backends);
  addMeRoutes(operations, backends, state);
  addSessionRoutes(operations, backends, invalidation);
  addUserRoutes(operations, backends);
  addApiKeyRoutes(operations, backends, state);
  addAgencyRoutes(operations, backends, state, tenancyInvalidation);
  addMemberRoutes(operations, backends, tenancyInvalidation);
  addRoleRoutes(operations, backends, tenancyInvalidation);
  addAuditLogRoutes(operations, backends);
  addClientRoutes(operations, backends);
  addCreditRoutes(operations, backends);
  addPaymentMethodRoutes(operations, backends);
  addBillingSettingsRoutes(operations, backends);
  addSubscriptionRoutes(operations, backends);
  addClientTeamRoutes(operations, backends);
  addClientUserRoutes(operations, { backends, invalidation: tenancyInvalidation });
  addAgencyInvitationRoutes(operations, backends);
  addClientLifecycleRoutes(operations, backends);
  addJobRoutes(operations, backends, access);
  addProspectImportRoutes(operations, backends);
  addClientSwitchRoutes(operations, backends);
  addNotificationRoutes(operations, backends);
  addProspectRoutes(operations, backends);
  addProspectListRoutes(operations, backends);
  addProspectFieldRoutes(operations, backends);
  addFieldMappingRoutes(operations, backends);
  addTemplateRoutes(operations, backends);
  addNotificationStreamRoute(operations, {
    backends,
    streams: state.notificationStreams,
    lifecycle,
    logger,
    config,
  });
  app.use(operations.router);
  registerDocsPaths(registry);
  app.use(docsRouter(generateDocument(registry)));

  app.use(notFound);
  app.use(problemResponder(logger));
  return app;
}
