import type { OpenAPIRegistry, ResponseConfig, ZodContentObject } from '@asteasolutions/zod-to-openapi';
import { BEARER_SECURITY } from '../openapi/document';
import { z } from '../openapi/zod';
import type { AnySpec, ResponseSpec } from './operation-spec';
import { ProblemSchema } from './problem-schema';
import { PROBLEM_CONTENT_TYPE } from './problems';

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
  if (spec.requiresIdempotencyKey)
    addProblem(problems, 400, 'The Idempotency-Key header is missing (`validation_failed` naming it).');
  if (spec.authenticated)
    addProblem(problems, 401, 'No valid access token or API key (`unauthenticated` or `token_expired`).');
  if (spec.personOnly)
    addProblem(problems, 403, "Needs a person's access token; API keys may not call it (`forbidden`).");
  if (spec.body) {
    addProblem(problems, 413, 'The body is larger than the gateway accepts (`payload_too_large`).');
    addProblem(
      problems,
      415,
      'The body is not `application/json`, or uses an unsupported `Content-Encoding` or charset ' +
        '(`unsupported_media_type`).',
    );
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
  if (spec.method === 'post' && !spec.issuesSecrets) {
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

const IDEMPOTENCY_KEY = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/)
  .optional();

/** Every POST may carry one (docs/security.md, token replay through idempotency); documented on each. */
const IdempotencyHeaderSchema = z.object({
  'idempotency-key': IDEMPOTENCY_KEY.openapi({
    description:
      'Makes a retry safe: for 24 hours the same key and body answer what the first request answered ' +
      '(with `Idempotent-Replayed: true`) without doing it again. A 5xx or 429 answer is not kept. ' +
      '1 to 255 visible ASCII characters (`!` to `~`: no spaces).',
  }),
});

/** The POSTs that must never run twice (`requiresIdempotencyKey`): the key is required. */
const RequiredIdempotencyHeaderSchema = z.object({
  'idempotency-key': IDEMPOTENCY_KEY.unwrap().openapi({
    description:
      'Required: the same key and body answer what the first request answered, here and in the service ' +
      'that keeps the ledger, so a retry never does it twice; another body under the key answers 422 ' +
      '`idempotency_key_reused`. 1 to 255 visible ASCII characters (`!` to `~`: no spaces).',
  }),
});

/** The POSTs whose answers carry tokens or secrets: a key is accepted and ignored. */
const IgnoredIdempotencyHeaderSchema = z.object({
  'idempotency-key': IDEMPOTENCY_KEY.openapi({
    description:
      'Ignored here: this answer carries tokens or secrets, which the gateway never keeps, so a retry ' +
      'does the request again instead of replaying it.',
  }),
});

/** Adds one operation to the OpenAPI document, with every answer it may give. */
export function documentOperation(registry: OpenAPIRegistry, spec: AnySpec): void {
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
  const idempotencyHeader = spec.issuesSecrets
    ? IgnoredIdempotencyHeaderSchema
    : spec.requiresIdempotencyKey
      ? RequiredIdempotencyHeaderSchema
      : IdempotencyHeaderSchema;
  const headers =
    spec.method === 'post'
      ? (spec.headers?.extend(idempotencyHeader.shape) ?? idempotencyHeader)
      : spec.headers;
  registry.registerPath({
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
      ...(headers ? { headers } : {}),
    },
    responses,
  });
}
