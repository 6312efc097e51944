import { Router, type Request, type RequestHandler } from 'express';
import { trace } from '@opentelemetry/api';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { DomainError } from '@atrium/errors';
import { getContext, runWithContext, type Actor } from '@atrium/logger';
import type { AuthenticateOptions } from '../auth/authenticate';
import type { AccessResolver } from '../auth/resolve-access';
import type { z } from '../openapi/zod';
import { sendBinary } from './answers';
import { chain } from './chain';
import type { CursorScope, CursorSigner } from './cursors';
import { multiLinePaths } from './input-safety';
import { jsonBodyGuard } from './security';
import { documentOperation } from './operation-docs';
import type {
  AnySpec,
  BinaryBody,
  EmptyObject,
  OperationInput,
  OperationSpec,
  ResponseSpec,
  ResultOf,
  UploadSpec,
} from './operation-spec';
import type { RateLimiter } from './rate-limit';
import { actorOf } from './request-context';
import { streamedUploadOf, uploadOf, uploadReader } from './uploads';
import { parseInput } from './validation';

export type * from './operation-spec';

const PATH_PARAMETER = /\{(\w+)\}/g;

/**
 * The routes a path may match are those of its first two segments ('/v1/clients' for
 * '/v1/clients/{id}/users'), lower-cased as Express matches paths by default.
 */
function routeGroupOf(path: string): string {
  return path.split('/', 3).join('/').toLowerCase();
}

export interface OperationRouterOptions {
  authenticate: (options: AuthenticateOptions) => RequestHandler;
  rateLimiter: RateLimiter;
  /** Signs the cursors lists answer and checks the ones callers send back (http/cursors.ts). */
  cursors: CursorSigner;
  /** Replays the first answer of a POST's Idempotency-Key (http/idempotency.ts). */
  idempotency?: RequestHandler;
  /** Resolves the access operations declare (`access`); needed once one does. */
  access?: AccessResolver;
}

function cursorScope(spec: AnySpec, actor: Actor | undefined, query: object, params: object): CursorScope {
  return {
    operationId: spec.operationId,
    agencyId: `${actor?.agencyId ?? ''}/${actor?.clientId ?? actor?.actingAsClientId ?? ''}`,
    query: { ...params, ...query },
  };
}

/**
 * Names the request's HTTP server span after the operation's route template (`GET /v1/clients/{id}`)
 * and sets `http.route`, first of the route's handlers so that refusals carry it too. Express's own
 * instrumentation did this by wrapping every layer of every request, which cost more than the span
 * itself on the hot routes (docs/benchmarks.md); with the SDK off there is no active span to name.
 */
function nameServerSpan(method: string, template: string): RequestHandler {
  const name = `${method.toUpperCase()} ${template}`;
  return (_req, _res, next) => {
    const span = trace.getActiveSpan();
    if (span) {
      span.updateName(name);
      span.setAttribute('http.route', template);
    }
    next();
  };
}

/**
 * Registers operations on an Express router and in the OpenAPI registry at once, so the document can
 * never describe a route that validates differently. Handlers receive parsed input and return the body.
 *
 * Path parameters are validated like any input: a malformed id answers 400 naming the parameter, which
 * tells a client its bug apart from a well-formed id that names nothing (404). Every text of the input
 * passes http/input-safety.ts first, and list cursors travel signed (http/cursors.ts).
 */
export class OperationRouter {
  /**
   * Hands each request to the routes of its first two path segments only: Express tries every route of
   * a router in turn, which for the whole table cost a tenth of the gateway's CPU on GET /v1/me
   * (docs/benchmarks.md). Operation paths therefore start with two literal segments. Routes added to
   * this router directly come after every operation.
   */
  readonly router = Router();
  /** The uploads' routes (method and path pattern), whose bodies the app's JSON parser must leave raw. */
  private readonly rawBodyRoutes: { method: string; path: RegExp }[] = [];
  private readonly groups = new Map<string, Router>();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly options: OperationRouterOptions,
  ) {
    this.router.use((req, res, next) => {
      const group = this.groups.get(routeGroupOf(req.path));
      if (group) group(req, res, next);
      else next();
    });
  }

  add<
    TResponse extends ResponseSpec,
    TAuth extends boolean,
    TBody extends z.ZodType = z.ZodUndefined,
    TQuery extends z.ZodObject = EmptyObject,
    TParams extends z.ZodObject = EmptyObject,
    TUpload extends UploadSpec | undefined = undefined,
    THeaders extends z.ZodObject = EmptyObject,
  >(
    spec: OperationSpec<TBody, TQuery, TParams, TResponse, TAuth, TUpload, THeaders>,
    handler: (
      input: OperationInput<TBody, TQuery, TParams, TAuth, TUpload, THeaders>,
    ) => Promise<ResultOf<TResponse>>,
  ): void {
    const any = spec as unknown as AnySpec;
    if (any.body && any.upload) throw new Error(`${spec.operationId} cannot take both JSON and an upload`);
    for (const [, name] of spec.path.matchAll(PATH_PARAMETER)) {
      if (!spec.params || !(name! in spec.params.shape))
        throw new Error(`${spec.operationId}: the path names {${name}} but params does not declare it`);
    }
    if (spec.issuesSecrets && spec.method !== 'post')
      throw new Error(`${spec.operationId}: only a POST takes an Idempotency-Key to ignore`);
    const { access } = any;
    const accessResolver = this.options.access;
    if (access !== undefined) {
      if (!spec.authenticated)
        throw new Error(`${spec.operationId} declares access but is not authenticated`);
      if (!accessResolver)
        throw new Error(`${spec.operationId} declares access but the router resolves none`);
      if (access !== 'agency' && !spec.path.includes(`{${access.client}}`))
        throw new Error(`${spec.operationId}: access names {${access.client}}, which its path does not hold`);
    }
    documentOperation(this.registry, any);
    const multiLine = { body: multiLinePaths(spec.body), query: multiLinePaths(spec.query) };
    const takesCursor = spec.query !== undefined && 'cursor' in spec.query.shape;
    const handlers: RequestHandler[] = [nameServerSpan(spec.method, spec.path)];
    if (spec.rateLimited) handlers.push(this.options.rateLimiter.perClientAddress(spec.operationId));
    if (spec.tokenQueryParameter !== undefined && !spec.authenticated)
      throw new Error(`${spec.operationId} takes a token in the query but is not authenticated`);
    if (spec.authenticated)
      handlers.push(this.options.authenticate({ queryParameter: spec.tokenQueryParameter }));
    if (spec.personOnly) {
      if (!spec.authenticated) throw new Error(`${spec.operationId} is person-only but not authenticated`);
      handlers.push((_req, res, next) => {
        if (actorOf(res)?.apiKeyId !== undefined)
          throw new DomainError('forbidden', "This needs a person's access token; API keys may not call it.");
        next();
      });
    }
    if (any.upload) {
      handlers.push(...uploadReader(any.upload));
      const pattern = spec.path.replace(PATH_PARAMETER, '[^/]+');
      this.rawBodyRoutes.push({ method: spec.method.toUpperCase(), path: new RegExp(`^${pattern}/?$`) });
    } else handlers.push(jsonBodyGuard(spec.operationId));
    if (spec.requiresIdempotencyKey && (spec.method !== 'post' || spec.issuesSecrets))
      throw new Error(
        `${spec.operationId}: only a POST whose answers are kept may require an Idempotency-Key`,
      );
    if (spec.method === 'post' && !spec.issuesSecrets && this.options.idempotency)
      handlers.push(this.options.idempotency);
    handlers.push(async (req, res) => {
      const params = spec.params ? parseInput(spec.params, req.params, 'params') : {};
      const query: Record<string, unknown> = spec.query
        ? parseInput(spec.query, req.query, 'query', multiLine.query)
        : {};
      const body = spec.body ? parseInput(spec.body, req.body, 'body', multiLine.body) : undefined;
      const headers = spec.headers ? parseInput(spec.headers, req.headers, 'headers') : {};
      // After the body, so a bad field is named first; the key's format is the idempotency step's.
      if (spec.requiresIdempotencyKey && req.get('idempotency-key') === undefined)
        throw new DomainError(
          'validation_failed',
          'Send an Idempotency-Key header: this request must never run twice.',
          {
            fields: [{ field: 'Idempotency-Key', message: 'is required' }],
          },
        );
      const upload = any.upload
        ? any.upload.streamed
          ? streamedUploadOf(req, any.upload)
          : uploadOf(req, any.upload)
        : undefined;
      const authenticated = actorOf(res);
      if (spec.authenticated && !authenticated)
        throw new Error(`${spec.operationId} ran without an authenticated actor`);
      // After validation, so a malformed id answers 400 before any access is resolved for it.
      const actor =
        access !== undefined && accessResolver && authenticated
          ? await accessResolver.resolve(access, authenticated, params)
          : authenticated;
      const scope = takesCursor ? cursorScope(any, actor, query, params) : undefined;
      if (scope && typeof query.cursor === 'string')
        query.cursor = this.options.cursors.open(query.cursor, scope);
      const input = { body, query, params, headers, upload, actor, req, res };
      const run = () => handler(input as OperationInput<TBody, TQuery, TParams, TAuth, TUpload, THeaders>);
      // The resolved actor is what the handler's gRPC calls carry (libs/grpc contextToMetadata).
      const result = await (actor === authenticated
        ? run()
        : runWithContext({ ...getContext(), actor }, run));
      const response: ResponseSpec = spec.response;
      if ('eventStream' in response || 'textStream' in response) return;
      if ('schema' in response) {
        res.status(response.status).json(scope ? this.sealNextCursor(result, scope) : result);
      } else if ('binary' in response) sendBinary(req, res, response, result as BinaryBody);
      else res.status(response.status).end();
    });
    this.routesOf(spec)[spec.method](spec.path.replace(PATH_PARAMETER, ':$1'), chain(...handlers));
  }

  private routesOf(spec: AnySpec): Router {
    const key = routeGroupOf(spec.path);
    if (key.includes('{'))
      throw new Error(`${spec.operationId}: a path starts with two literal segments (${spec.path})`);
    let group = this.groups.get(key);
    if (!group) {
      group = Router();
      this.groups.set(key, group);
    }
    return group;
  }

  /**
   * Whether the request is for an operation that takes its body as raw bytes (an upload), so the app's
   * JSON parser must not read it first: a signed webhook is verified on the exact bytes received.
   */
  takesRawBody(req: Pick<Request, 'method' | 'path'>): boolean {
    return this.rawBodyRoutes.some((route) => route.method === req.method && route.path.test(req.path));
  }

  private sealNextCursor(result: unknown, scope: CursorScope): unknown {
    if (typeof result !== 'object' || result === null) return result;
    const { nextCursor } = result as { nextCursor?: unknown };
    if (typeof nextCursor !== 'string') return result;
    return { ...result, nextCursor: this.options.cursors.seal(nextCursor, scope) };
  }
}
