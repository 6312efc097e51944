import type { Request, Response } from 'express';
import type { Actor } from '@atrium/logger';
import type { AccessSpec } from '../auth/resolve-access';
import type { z } from '../openapi/zod';

/**
 * What one HTTP operation declares: the same declaration validates the request (http/operations.ts)
 * and documents it (http/operation-docs.ts), so the two cannot drift apart.
 */
export type EmptyObject = z.ZodObject<Record<string, never>>;

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
  /**
   * The handler reads the body as a stream (StreamedUpload) instead of the router buffering it, so a
   * large file passes through in bounded memory; maxBytes is then the handler's to enforce
   * (http/uploads.ts uploadedFile).
   */
  streamed?: true;
}

export interface Upload {
  contentType: string;
  data: Buffer;
}

/** A streamed upload: its Content-Type was checked, its body not yet read. */
export interface StreamedUpload {
  contentType: string;
}

export type ResultOf<TResponse> = TResponse extends { schema: infer Schema extends z.ZodType }
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
  /**
   * For routes of services that do not own access (billing, campaigns): what the gateway resolves from
   * tenancy, through its caches, before the handler runs, and forwards on the actor
   * (docs/authorization.md). `'agency'`: Actor.agencyPermissions. `{ client: 'id' }`, naming the path
   * parameter that holds the client id: Actor.agencyPermissions and Actor.clientAccess, and 404 or 410
   * from the gateway itself for a client the caller may not enter or that is being deleted.
   */
  access?: AccessSpec<keyof z.output<TParams> & string>;
  /** Limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE): for routes that guess at secrets or send mail. */
  rateLimited?: boolean;
  /**
   * Its answer carries tokens or secrets: an Idempotency-Key is neither kept nor replayed for it, so a
   * resent key and body never hand a session or a secret to whoever sends them.
   */
  issuesSecrets?: boolean;
  /**
   * A POST that changes money or another ledger: without an Idempotency-Key it answers 400 naming the
   * header, so a retry can never do it twice; the service also keeps the key (docs/billing.md).
   */
  requiresIdempotencyKey?: boolean;
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
  upload: TUpload extends UploadSpec
    ? TUpload extends { streamed: true }
      ? StreamedUpload
      : Upload
    : undefined;
  actor: TAuth extends true ? Actor : undefined;
  req: Request;
  res: Response;
}

export type AnySpec = OperationSpec<
  z.ZodType,
  z.ZodObject,
  z.ZodObject,
  ResponseSpec,
  boolean,
  UploadSpec | undefined,
  z.ZodObject
>;
