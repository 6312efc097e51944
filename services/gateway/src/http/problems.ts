import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { DomainError, Metadata, problemFromGrpcError, problemOf, type Problem } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Writes an RFC 9457 problem, with the headers its status calls for. */
export function sendProblem(req: Request, res: Response, problem: Problem): void {
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  // Retry-After takes whole seconds; a backend's fraction is rounded up so clients never retry too early.
  if (problem.retryAfterSeconds !== undefined)
    res.setHeader('Retry-After', String(Math.ceil(problem.retryAfterSeconds)));
  // The path only: a query string may carry cursors or search terms that do not belong in error reports.
  const instance = req.originalUrl.split('?')[0] ?? req.path;
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem, instance }));
}

function domainProblem(error: DomainError): Problem {
  const problem = problemOf(error.kind, error.detail, error.fields);
  if (error.retryAfterSeconds !== undefined) problem.retryAfterSeconds = error.retryAfterSeconds;
  return problem;
}

/** The errors body-parser raises carry a `type` naming what was wrong with the body. */
function bodyParserProblem(error: unknown): Problem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, limit } = error as { type?: unknown; limit?: unknown };
  switch (type) {
    case 'entity.parse.failed':
      return problemOf('validation_failed', 'The request body is not valid JSON.', [
        { field: 'body', message: 'is not valid JSON' },
      ]);
    case 'entity.too.large':
      return problemOf(
        'payload_too_large',
        typeof limit === 'number'
          ? `The request body exceeds ${limit} bytes.`
          : 'The request body is too large.',
      );
    case 'encoding.unsupported':
      return problemOf('unsupported_media_type', 'The request body uses an unsupported content encoding.');
    case 'charset.unsupported':
      return problemOf('unsupported_media_type', 'The request body uses an unsupported charset; send UTF-8.');
    case 'request.aborted':
    case 'request.size.invalid':
      return problemOf('validation_failed', 'The request body was incomplete.');
    default:
      return clientHttpErrorProblem(error);
  }
}

/**
 * Any other error Express or the body parser raises with a 4xx status (http-errors marks those
 * `expose`): a body that does not inflate, a parameter that does not decode. The caller's mistake,
 * never a 500.
 */
function clientHttpErrorProblem(error: object): Problem | undefined {
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || expose !== true) return undefined;
  if (status === 413) return problemOf('payload_too_large', 'The request body is too large.');
  if (status === 415) return problemOf('unsupported_media_type', 'The request body cannot be read.');
  if (error instanceof URIError)
    return problemOf('validation_failed', 'The path is not valid percent-encoded UTF-8.', [
      { field: 'path', message: 'is not valid percent-encoded UTF-8' },
    ]);
  return problemOf('validation_failed', 'The request body could not be decoded.', [
    { field: 'body', message: 'does not decode with its Content-Encoding' },
  ]);
}

/** A rejection from a gRPC call: a numeric status plus the trailers it came with. */
export function isGrpcError(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'number' &&
    (error as { metadata?: unknown }).metadata instanceof Metadata
  );
}

/** 404 for any request no route answered. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new DomainError('not_found', `There is no ${req.method} ${req.path}.`));
};

/**
 * The one place errors become HTTP answers. Only domain errors and failed backend calls say what went
 * wrong; anything else is a bug, logged in full and answered with a bare 500.
 */
export function problemResponder(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let problem: Problem;
    if (error instanceof DomainError) {
      problem = domainProblem(error);
    } else if (isGrpcError(error)) {
      problem = problemFromGrpcError(error);
      if (problem.status >= 500) logger.warn({ err: error }, 'backend call failed');
    } else {
      problem = bodyParserProblem(error) ?? problemOf('internal', 'The request could not be completed.');
      if (problem.status >= 500) logger.error({ err: error }, 'unexpected error while handling a request');
    }
    sendProblem(req, res, problem);
  };
}
