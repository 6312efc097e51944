import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { OpenAPIRegistry, ResponseConfig } from '@asteasolutions/zod-to-openapi';
import type { Actor } from '@atrium/logger';
import type { z } from '../openapi/zod';
import { BEARER_SECURITY } from '../openapi/document';
import { ProblemSchema } from './problem-schema';
import { PROBLEM_CONTENT_TYPE } from './problems';
import { actorOf } from './request-context';
import { parseInput } from './validation';

type EmptyQuery = z.ZodObject<Record<string, never>>;

/** One HTTP operation: how it is documented is how it validates. */
export interface OperationSpec<
  TBody extends z.ZodType,
  TQuery extends z.ZodObject,
  TResponse extends z.ZodType,
  TAuth extends boolean,
> {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  authenticated: TAuth;
  body?: TBody;
  query?: TQuery;
  response: { status: 200 | 201; description: string; schema: TResponse };
  /** Problems this operation may answer beyond those every operation may, by status. */
  problems?: Record<number, string>;
}

export interface OperationInput<TBody extends z.ZodType, TQuery extends z.ZodObject, TAuth extends boolean> {
  body: z.output<TBody>;
  query: z.output<TQuery>;
  actor: TAuth extends true ? Actor : undefined;
  req: Request;
  res: Response;
}

function problemResponse(description: string): ResponseConfig {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
}

function documentedProblems(
  spec: OperationSpec<z.ZodType, z.ZodObject, z.ZodType, boolean>,
): Record<number, string> {
  const problems: Record<number, string> = {};
  if (spec.body || spec.query)
    problems[400] = 'The input is not valid (`validation_failed`); `fields` names each offender.';
  if (spec.authenticated) problems[401] = 'No valid access token (`unauthenticated` or `token_expired`).';
  if (spec.body) {
    problems[413] = 'The body is larger than the gateway accepts (`payload_too_large`).';
    problems[415] = 'The body uses an unsupported encoding or charset (`unsupported_media_type`).';
  }
  Object.assign(problems, spec.problems);
  problems[500] = 'An unexpected error (`internal`).';
  problems[503] = 'A backend service is down or did not answer in time (`service_unavailable`).';
  return problems;
}

/**
 * Registers operations on an Express router and in the OpenAPI registry at once, so the document can
 * never describe a route that validates differently. Handlers receive parsed input and return the body.
 */
export class OperationRouter {
  readonly router = Router();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly authenticate: RequestHandler,
  ) {}

  add<
    TResponse extends z.ZodType,
    TAuth extends boolean,
    TBody extends z.ZodType = z.ZodUndefined,
    TQuery extends z.ZodObject = EmptyQuery,
  >(
    spec: OperationSpec<TBody, TQuery, TResponse, TAuth>,
    handler: (input: OperationInput<TBody, TQuery, TAuth>) => Promise<z.input<TResponse>>,
  ): void {
    this.document(spec);
    const handlers: RequestHandler[] = spec.authenticated ? [this.authenticate] : [];
    handlers.push(async (req, res) => {
      const body = spec.body ? parseInput(spec.body, req.body, 'body') : undefined;
      const query = spec.query ? parseInput(spec.query, req.query, 'query') : {};
      const actor = actorOf(res);
      if (spec.authenticated && !actor)
        throw new Error(`${spec.operationId} ran without an authenticated actor`);
      const result = await handler({ body, query, actor, req, res } as OperationInput<TBody, TQuery, TAuth>);
      res.status(spec.response.status).json(result);
    });
    this.router[spec.method](spec.path, ...handlers);
  }

  private document(spec: OperationSpec<z.ZodType, z.ZodObject, z.ZodType, boolean>): void {
    const responses: Record<string, ResponseConfig> = {
      [spec.response.status]: {
        description: spec.response.description,
        content: { 'application/json': { schema: spec.response.schema } },
      },
    };
    for (const [status, description] of Object.entries(documentedProblems(spec))) {
      responses[status] = problemResponse(description);
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
        ...(spec.body
          ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } }
          : {}),
        ...(spec.query ? { query: spec.query } : {}),
      },
      responses,
    });
  }
}
