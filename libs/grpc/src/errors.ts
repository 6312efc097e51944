import {
  DomainError,
  GENERIC_ERRORS,
  isGenericErrorCode,
  type ErrorCategory,
  type ErrorKind,
  type FieldProblem,
  type GenericErrorCode,
} from '@atrium/errors';
import { Metadata, status as GrpcStatus, type StatusObject } from '@grpc/grpc-js';

export {
  DomainError,
  GENERIC_ERRORS,
  type ErrorCategory,
  type ErrorKind,
  type FieldProblem,
  type GenericErrorCode,
};

/**
 * The one mapping of each error category to the wire: gRPC status between services, HTTP at the edge.
 * Every code, generic or a service's own, travels with its category, so the gateway answers a
 * service's code without knowing it.
 */
export const ERROR_CATEGORIES: Record<ErrorCategory, { grpcStatus: GrpcStatus; httpStatus: number }> = {
  invalid: { grpcStatus: GrpcStatus.INVALID_ARGUMENT, httpStatus: 400 },
  unprocessable: { grpcStatus: GrpcStatus.INVALID_ARGUMENT, httpStatus: 422 },
  // A charge the payment provider declined, or one a spending limit refuses: nothing was charged.
  payment_required: { grpcStatus: GrpcStatus.FAILED_PRECONDITION, httpStatus: 402 },
  unauthenticated: { grpcStatus: GrpcStatus.UNAUTHENTICATED, httpStatus: 401 },
  permission: { grpcStatus: GrpcStatus.PERMISSION_DENIED, httpStatus: 403 },
  not_found: { grpcStatus: GrpcStatus.NOT_FOUND, httpStatus: 404 },
  already_exists: { grpcStatus: GrpcStatus.ALREADY_EXISTS, httpStatus: 409 },
  conflict: { grpcStatus: GrpcStatus.FAILED_PRECONDITION, httpStatus: 409 },
  gone: { grpcStatus: GrpcStatus.FAILED_PRECONDITION, httpStatus: 410 },
  too_large: { grpcStatus: GrpcStatus.INVALID_ARGUMENT, httpStatus: 413 },
  unsupported_media_type: { grpcStatus: GrpcStatus.INVALID_ARGUMENT, httpStatus: 415 },
  too_many_requests: { grpcStatus: GrpcStatus.RESOURCE_EXHAUSTED, httpStatus: 429 },
  unavailable: { grpcStatus: GrpcStatus.UNAVAILABLE, httpStatus: 503 },
  internal: { grpcStatus: GrpcStatus.INTERNAL, httpStatus: 500 },
};

function isCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATEGORIES, value);
}

const CODE = /^[a-z][a-z0-9_]*$/;

/** RFC 9457 problem body plus Atrium's machine code. */
export interface Problem {
  type: string;
  status: number;
  code: string;
  title: string;
  detail: string;
  fields?: FieldProblem[];
  retryAfterSeconds?: number;
}

/** The problem of an error kind: a generic code by name, or a service's own kind. */
export function problemOf(
  kind: GenericErrorCode | ErrorKind,
  detail: string,
  fields?: FieldProblem[],
): Problem {
  const { code, category, title } = typeof kind === 'string' ? GENERIC_ERRORS[kind] : kind;
  const problem: Problem = {
    type: `https://atrium.dev/problems/${code}`,
    status: ERROR_CATEGORIES[category].httpStatus,
    code,
    title,
    detail,
  };
  if (fields) problem.fields = fields;
  return problem;
}

/**
 * Binary metadata because the detail may hold any Unicode (names, emails), which plain gRPC metadata
 * values cannot carry.
 */
const ERROR_METADATA_KEY = 'atrium-error-bin';

interface ErrorPayload {
  code: string;
  category: ErrorCategory;
  title: string;
  detail: string;
  fields?: FieldProblem[];
  retryAfterSeconds?: number;
}

/** Prisma's codes for a database it could not reach or use in time (docs/operations.md). */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2037']);
/** The driver adapter's kinds of the same failures, when its error arrives unwrapped. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/** Postgres SQLSTATEs of a server refusing or ending connections: too many, shutting down, starting. */
const UNAVAILABLE_SQLSTATES = new Set(['53300', '57P01', '57P02', '57P03']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'too many clients already',
  'Connection terminated',
  // pg's client after its connection broke mid-transaction (Postgres stopped under it).
  'is not queryable',
];

/**
 * Failures that mean "the database can't be used right now", not a bug: the pool handed out no
 * connection in time (Prisma's P2028, pg-pool's connection timeout), Postgres refused one (too many
 * connections, shutting down, starting up) or could not be reached. They answer 503 with a retry hint,
 * not 500, so callers retry instead of reporting a fault. The error and its causes are looked at, Prisma's
 * wrapped driver adapter error too.
 */
export function isOverload(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, kind, message, cause, meta } = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: { cause?: unknown } };
    };
    if (typeof code === 'string') {
      if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
      if (UNAVAILABLE_SOCKET_CODES.has(code) || code.startsWith('08')) return true;
    }
    if (typeof kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text)))
      return true;
    // Prisma wraps a driver adapter's error (P2010, P2039) in meta, with Postgres's SQLSTATE in its cause.
    current = cause ?? meta?.driverAdapterError?.cause;
  }
  return false;
}

const OVERLOADED = new DomainError('service_unavailable', 'The service is busy; try again in a moment.', {
  retryAfterSeconds: 1,
});

/** The status a server answers for a thrown error; only domain errors reveal anything to the caller. */
export function toServiceError(thrown: unknown): StatusObject {
  const metadata = new Metadata();
  const error = isOverload(thrown) ? OVERLOADED : thrown;
  if (!(error instanceof DomainError)) {
    return { code: GrpcStatus.INTERNAL, details: 'internal error', metadata };
  }
  const payload: ErrorPayload = {
    code: error.code,
    category: error.category,
    title: error.title,
    detail: error.detail,
    fields: error.fields,
    retryAfterSeconds: error.retryAfterSeconds,
  };
  metadata.set(ERROR_METADATA_KEY, Buffer.from(JSON.stringify(payload), 'utf8'));
  return { code: ERROR_CATEGORIES[error.category].grpcStatus, details: error.detail, metadata };
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

/** The payload a DomainError left in the trailers, or undefined when absent or not ours. */
function readPayload(metadata: unknown): ErrorPayload | undefined {
  if (!(metadata instanceof Metadata)) return undefined;
  const [raw] = metadata.get(ERROR_METADATA_KEY);
  if (!Buffer.isBuffer(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { code, category, title, detail, fields, retryAfterSeconds } = parsed as Record<string, unknown>;
  if (typeof code !== 'string' || !CODE.test(code) || typeof detail !== 'string') return undefined;
  let kind: ErrorKind;
  if (isGenericErrorCode(code)) kind = GENERIC_ERRORS[code];
  else if (isCategory(category) && typeof title === 'string') kind = { code, category, title };
  else return undefined;
  const payload: ErrorPayload = { ...kind, detail };
  if (Array.isArray(fields) && fields.every(isFieldProblem)) payload.fields = fields;
  if (typeof retryAfterSeconds === 'number' && retryAfterSeconds >= 0)
    payload.retryAfterSeconds = retryAfterSeconds;
  return payload;
}

/**
 * Bare statuses come from the transport or from code that is not ours, so their details are not shown
 * to the caller: they may name hosts, ports or internals.
 */
function problemOfBareStatus(code: GrpcStatus): Problem {
  switch (code) {
    case GrpcStatus.UNAVAILABLE:
      return problemOf(
        'service_unavailable',
        'A service this request needs cannot be reached. Try again shortly.',
      );
    case GrpcStatus.DEADLINE_EXCEEDED:
      return problemOf(
        'service_unavailable',
        'A service this request needs did not answer in time. Try again shortly.',
      );
    case GrpcStatus.NOT_FOUND:
      return problemOf('not_found', 'The resource does not exist.');
    case GrpcStatus.INVALID_ARGUMENT:
      return problemOf('validation_failed', 'The request is not valid.');
    case GrpcStatus.UNAUTHENTICATED:
      return problemOf('unauthenticated', 'Authentication is required.');
    case GrpcStatus.PERMISSION_DENIED:
      return problemOf('forbidden', 'You may not do this.');
    default:
      return problemOf('internal', 'The request could not be completed.');
  }
}

function isGrpcStatus(value: unknown): value is GrpcStatus {
  return typeof value === 'number' && GrpcStatus[value] !== undefined;
}

/**
 * The problem to answer over HTTP for an error a gRPC call rejected with. A DomainError thrown locally
 * keeps its own code; anything else that is not a gRPC error is internal.
 */
export function problemFromGrpcError(error: unknown): Problem {
  if (error instanceof DomainError) {
    const problem = problemOf(error.kind, error.detail, error.fields);
    if (error.retryAfterSeconds !== undefined) problem.retryAfterSeconds = error.retryAfterSeconds;
    return problem;
  }
  if (typeof error !== 'object' || error === null) return problemOfBareStatus(GrpcStatus.INTERNAL);
  const { code, metadata } = error as { code?: unknown; metadata?: unknown };
  if (!isGrpcStatus(code)) return problemOfBareStatus(GrpcStatus.INTERNAL);
  const payload = readPayload(metadata);
  if (!payload) return problemOfBareStatus(code);
  const problem = problemOf(payload, payload.detail, payload.fields);
  if (payload.retryAfterSeconds !== undefined) problem.retryAfterSeconds = payload.retryAfterSeconds;
  return problem;
}

function isGrpcError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'number'
  );
}

/**
 * A failed call to another service as the DomainError that service answered — its code, detail,
 * fields and retry hint — so a service relays the answer to its own caller instead of failing with
 * an internal error. A service that could not be reached or did not answer in time becomes
 * service_unavailable. A DomainError thrown locally, and anything that is not a gRPC error (a bug,
 * not an answer), is returned as it is.
 */
export function fromGrpcError(error: unknown): unknown {
  if (error instanceof DomainError || !isGrpcError(error)) return error;
  const problem = problemFromGrpcError(error);
  const options: ConstructorParameters<typeof DomainError>[2] = {};
  if (problem.fields) options.fields = problem.fields;
  if (problem.retryAfterSeconds !== undefined) options.retryAfterSeconds = problem.retryAfterSeconds;
  // The answering service's own kind when it sent one, so its category (and gRPC status) carry on.
  const payload = readPayload((error as { metadata?: unknown }).metadata);
  const kind = payload ? { code: payload.code, category: payload.category, title: payload.title } : undefined;
  return new DomainError(kind ?? (problem.code as GenericErrorCode), problem.detail, options);
}

/** True for a not_found DomainError, such as fromGrpcError makes of another service's not_found. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'not_found';
}
