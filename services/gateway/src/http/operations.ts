import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { OpenAPIRegistry, ResponseConfig, ZodContentObject } from '@asteasolutions/zod-to-openapi';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { AuthenticateOptions } from '../auth/authenticate';
import { z } from '../openapi/zod';
import { BEARER_SECURITY } from '../openapi/document';
import { ProblemSchema } from './problem-schema';
import { PROBLEM_CONTENT_TYPE } from './problems';
import type { RateLimiter } from './rate-limit';
import { actorOf } from './request-context';
import { parseInput } from './validation';

type EmptyObject = z.ZodObject<Record<string, never>>;

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A JSON answer, documented by its schema. */
export interface JsonResponseSpec<TSchema extends z.ZodType = z.ZodType> {
  status: 200 | 201 | 202;
  description: string;
  schema: TSchema;
}

/** An answer without a body. */
export interface EmptyResponseSpec {
  status: 202 | 204;
  description: string;
}

/** A binary answer (an image) that clients and proxies may cache and revalidate with If-None-Match. */
export interface BinaryResponseSpec {
  status: 200;
  description: string;
  binary: { contentTypes: readonly string[]; cacheControl: string };
}

/**
 * A server-sent event stream (text/event-stream) that the handler writes and ends itself; the router
 * sends nothing after it. A failure before the handler starts writing is still a problem answer.
 */
export interface EventStreamResponseSpec {
  status: 200;
  description: string;
  eventStream: { description: string };
}

/**
 * A text download (e.g. text/csv) that the handler streams and ends itself, page by page; the router
 * sends nothing after it. A failure before the handler starts writing is still a problem answer.
 */
export interface TextStreamResponseSpec {
  status: 200;
  description: string;
  textStream: { contentType: string; description: string };
}

export type ResponseSpec =
  | JsonResponseSpec
  | EmptyResponseSpec
  | BinaryResponseSpec
  | EventStreamResponseSpec
  | TextStreamResponseSpec;

/** What a binary operation's handler answers; the ETag changes whenever the content does. */
export interface BinaryBody {
  contentType: string;
  data: Buffer;
  etag: string;
}

/** A request body taken as raw bytes instead of JSON (an upload). */
export interface UploadSpec {
  contentTypes: readonly string[];
  maxBytes: number;
  description: string;
}

export interface Upload {
  contentType: string;
  data: Buffer;
}

type ResultOf<TResponse> = TResponse extends { schema: infer Schema extends z.ZodType }
  ? z.input<Schema>
  : TResponse extends { binary: object }
    ? BinaryBody
    : void;

/** One HTTP operation: how it is documented is how it validates. */
export interface OperationSpec<
  TBody extends z.ZodType,
  TQuery extends z.ZodObject,
  TParams extends z.ZodObject,
  TResponse extends ResponseSpec,
  TAuth extends boolean,
  TUpload extends UploadSpec | undefined,
  THeaders extends z.ZodObject = EmptyObject,
> {
  method: HttpMethod;
  /** OpenAPI style: `/v1/users/{id}`; each `{name}` must be a key of `params`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  authenticated: TAuth;
  /** Only a person's access token may call it; an agency API key answers 403 forbidden. */
  personOnly?: boolean;
  /** Limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE): for routes that guess at secrets or send mail. */
  rateLimited?: boolean;
  /** A query parameter that may carry the access token instead of the Authorization header. */
  tokenQueryParameter?: string;
  params?: TParams;
  /** Request headers the operation reads (lower-case names); others are ignored. */
  headers?: THeaders;
  body?: TBody;
  upload?: TUpload;
  query?: TQuery;
  response: TResponse;
  /** Problems this operation may answer beyond those every operation may, by status. */
  problems?: Record<number, string>;
}

export interface OperationInput<
  TBody extends z.ZodType,
  TQuery extends z.ZodObject,
  TParams extends z.ZodObject,
  TAuth extends boolean,
  TUpload extends UploadSpec | undefined,
  THeaders extends z.ZodObject = EmptyObject,
> {
  body: z.output<TBody>;
  query: z.output<TQuery>;
  params: z.output<TParams>;
  headers: z.output<THeaders>;
  upload: TUpload extends UploadSpec ? Upload : undefined;
  actor: TAuth extends true ? Actor : undefined;
  req: Request;
  res: Response;
}

type AnySpec = OperationSpec<
  z.ZodType,
  z.ZodObject,
  z.ZodObject,
  ResponseSpec,
  boolean,
  UploadSpec | undefined,
  z.ZodObject
>;

const PATH_PARAMETER = /\{(\w+)\}/g;
const BINARY_SCHEMA = { type: 'string', format: 'binary' } as const;

function problemResponse(description: string): ResponseConfig {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
}

function addProblem(problems: Record<number, string>, status: number, description: string): void {
  const known = problems[status];
  problems[status] = known === undefined ? description : `${known} ${description}`;
}

function documentedProblems(spec: AnySpec): Record<number, string> {
  const problems: Record<number, string> = {};
  if (spec.body || spec.query || spec.params || spec.headers)
    addProblem(problems, 400, 'The input is not valid (`validation_failed`); `fields` names each offender.');
  if (spec.upload) addProblem(problems, 400, 'The request has no body (`validation_failed`).');
  if (spec.authenticated)
    addProblem(problems, 401, 'No valid access token or API key (`unauthenticated` or `token_expired`).');
  if (spec.personOnly)
    addProblem(problems, 403, "Needs a person's access token; API keys may not call it (`forbidden`).");
  if (spec.body) {
    addProblem(problems, 413, 'The body is larger than the gateway accepts (`payload_too_large`).');
    addProblem(problems, 415, 'The body uses an unsupported encoding or charset (`unsupported_media_type`).');
  }
  if (spec.upload) {
    addProblem(
      problems,
      413,
      `The body is larger than ${spec.upload.maxBytes} bytes (\`payload_too_large\`).`,
    );
    addProblem(
      problems,
      415,
      `The Content-Type is not one of ${spec.upload.contentTypes.join(', ')} (\`unsupported_media_type\`).`,
    );
  }
  for (const [status, description] of Object.entries(spec.problems ?? {}))
    addProblem(problems, Number(status), description);
  if (spec.method === 'post') {
    addProblem(
      problems,
      409,
      'A request with the same `Idempotency-Key` is still being handled (`conflict`).',
    );
    addProblem(
      problems,
      422,
      'The `Idempotency-Key` was first used with another request (`idempotency_key_reused`).',
    );
  }
  if (spec.rateLimited)
    addProblem(
      problems,
      429,
      'Too many requests from this address (`rate_limited`); `Retry-After` says when to try again.',
    );
  problems[500] = 'An unexpected error (`internal`).';
  problems[503] = 'A backend service is down or did not answer in time (`service_unavailable`).';
  return problems;
}

function successResponses(response: ResponseSpec): Record<string, ResponseConfig> {
  if ('schema' in response) {
    return {
      [response.status]: {
        description: response.description,
        content: { 'application/json': { schema: response.schema } },
      },
    };
  }
  if ('eventStream' in response) {
    return {
      200: {
        description: response.description,
        content: {
          'text/event-stream': { schema: { type: 'string', description: response.eventStream.description } },
        },
      },
    };
  }
  if ('textStream' in response) {
    return {
      200: {
        description: response.description,
        content: {
          [response.textStream.contentType]: {
            schema: { type: 'string', description: response.textStream.description },
          },
        },
      },
    };
  }
  if ('binary' in response) {
    const content: ZodContentObject = {};
    for (const type of response.binary.contentTypes) content[type] = { schema: BINARY_SCHEMA };
    const etag = { description: 'Changes whenever the content does.', schema: { type: 'string' as const } };
    return {
      200: {
        description: response.description,
        headers: {
          ETag: etag,
          'Cache-Control': { schema: { type: 'string', example: response.binary.cacheControl } },
        },
        content,
      },
      304: {
        description: 'The content still has the ETag sent in If-None-Match; no body.',
        headers: { ETag: etag },
      },
    };
  }
  return { [response.status]: { description: response.description } };
}

/** Reads an upload's raw bytes once the Content-Type is known to be allowed. */
function uploadReader(upload: UploadSpec): RequestHandler[] {
  const checkType: RequestHandler = (req, _res, next) => {
    // req.is answers null when the request carries no body at all; fetch sends an empty PUT as length 0.
    const matched = req.is([...upload.contentTypes]);
    if (matched === null || req.get('content-length') === '0')
      throw new DomainError('validation_failed', 'Send the content as the request body.', {
        fields: [{ field: 'body', message: 'is required' }],
      });
    if (matched === false)
      throw new DomainError(
        'unsupported_media_type',
        `Send the body as ${upload.contentTypes.join(' or ')} with a matching Content-Type.`,
      );
    next();
  };
  return [checkType, express.raw({ type: () => true, limit: upload.maxBytes })];
}

function uploadOf(req: Request, upload: UploadSpec): Upload {
  const data: unknown = req.body;
  if (!Buffer.isBuffer(data) || data.length === 0)
    throw new DomainError('validation_failed', 'Send the content as the request body.', {
      fields: [{ field: 'body', message: 'is required' }],
    });
  const contentType = req.is([...upload.contentTypes]);
  if (typeof contentType !== 'string') throw new Error('an upload lost its Content-Type after the check');
  return { contentType, data };
}

/** The quoted entity tag HTTP wants, whatever form the backend keeps it in. */
function entityTag(etag: string): string {
  if (/^(W\/)?"[\x21\x23-\x7e]*"$/.test(etag)) return etag;
  return `"${etag.replace(/[^\x21\x23-\x7e]/g, '')}"`;
}

function sendBinary(req: Request, res: Response, spec: BinaryResponseSpec, body: BinaryBody): void {
  if (!spec.binary.contentTypes.includes(body.contentType))
    throw new Error(`a backend answered content of type "${body.contentType}" for ${req.path}`);
  res.setHeader('ETag', entityTag(body.etag));
  res.setHeader('Cache-Control', spec.binary.cacheControl);
  // req.fresh compares If-None-Match with the ETag just set (weak comparison, lists and `*` included).
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.status(200).type(body.contentType).send(body.data);
}

export interface OperationRouterOptions {
  authenticate: (options: AuthenticateOptions) => RequestHandler;
  rateLimiter: RateLimiter;
  /** Replays the first answer of a POST's Idempotency-Key (http/idempotency.ts). */
  idempotency?: RequestHandler;
}

/** Every POST may carry one (SPEC §10); documented on each. */
const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .openapi({
      description:
        'Makes a retry safe: for 24 hours the same key and body answer what the first request answered ' +
        '(with `Idempotent-Replayed: true`) without doing it again. A 5xx or 429 answer is not kept.',
    }),
});

/**
 * Registers operations on an Express router and in the OpenAPI registry at once, so the document can
 * never describe a route that validates differently. Handlers receive parsed input and return the body.
 *
 * Path parameters are validated like any input: a malformed id answers 400 naming the parameter, which
 * tells a client its bug apart from a well-formed id that names nothing (404).
 */
export class OperationRouter {
  readonly router = Router();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly options: OperationRouterOptions,
  ) {}

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
    this.document(any);
    const handlers: RequestHandler[] = [];
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
    if (any.upload) handlers.push(...uploadReader(any.upload));
    if (spec.method === 'post' && this.options.idempotency) handlers.push(this.options.idempotency);
    handlers.push(async (req, res) => {
      const params = spec.params ? parseInput(spec.params, req.params, 'params') : {};
      const query = spec.query ? parseInput(spec.query, req.query, 'query') : {};
      const body = spec.body ? parseInput(spec.body, req.body, 'body') : undefined;
      const headers = spec.headers ? parseInput(spec.headers, req.headers, 'headers') : {};
      const upload = any.upload ? uploadOf(req, any.upload) : undefined;
      const actor = actorOf(res);
      if (spec.authenticated && !actor)
        throw new Error(`${spec.operationId} ran without an authenticated actor`);
      const input = { body, query, params, headers, upload, actor, req, res };
      const result = await handler(input as OperationInput<TBody, TQuery, TParams, TAuth, TUpload, THeaders>);
      const response: ResponseSpec = spec.response;
      if ('eventStream' in response || 'textStream' in response) return;
      if ('schema' in response) res.status(response.status).json(result);
      else if ('binary' in response) sendBinary(req, res, response, result as BinaryBody);
      else res.status(response.status).end();
    });
    this.router[spec.method](spec.path.replace(PATH_PARAMETER, ':$1'), ...handlers);
  }

  private document(spec: AnySpec): void {
    const responses = successResponses(spec.response);
    for (const [status, description] of Object.entries(documentedProblems(spec))) {
      responses[status] = problemResponse(description);
    }
    let body: { required: true; description?: string; content: ZodContentObject } | undefined;
    if (spec.body) body = { required: true, content: { 'application/json': { schema: spec.body } } };
    if (spec.upload) {
      const content: ZodContentObject = {};
      for (const type of spec.upload.contentTypes) content[type] = { schema: BINARY_SCHEMA };
      body = { required: true, description: spec.upload.description, content };
    }
    this.registry.registerPath({
      method: spec.method,
      path: spec.path,
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      ...(spec.authenticated ? { security: [{ [BEARER_SECURITY]: [] }] } : {}),
      request: {
        ...(body ? { body } : {}),
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.method === 'post'
          ? {
              headers: spec.headers
                ? spec.headers.extend(IdempotencyHeaderSchema.shape)
                : IdempotencyHeaderSchema,
            }
          : spec.headers
            ? { headers: spec.headers }
            : {}),
      },
      responses,
    });
  }
}
