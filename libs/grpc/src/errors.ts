import { DomainError, type ErrorCode, type FieldProblem } from '@atrium/errors';
import { Metadata, status as GrpcStatus, type StatusObject } from '@grpc/grpc-js';

export { DomainError, type ErrorCode, type FieldProblem };

/** The one mapping of each domain error code to the wire: gRPC status between services, HTTP at the edge. */
export const ERROR_CATALOG: Record<ErrorCode, { grpcStatus: GrpcStatus; httpStatus: number; title: string }> =
  {
    validation_failed: {
      grpcStatus: GrpcStatus.INVALID_ARGUMENT,
      httpStatus: 400,
      title: 'The request is not valid.',
    },
    unauthenticated: {
      grpcStatus: GrpcStatus.UNAUTHENTICATED,
      httpStatus: 401,
      title: 'Authentication is required.',
    },
    invalid_credentials: {
      grpcStatus: GrpcStatus.UNAUTHENTICATED,
      httpStatus: 401,
      title: 'The email or password is not correct.',
    },
    token_expired: {
      grpcStatus: GrpcStatus.UNAUTHENTICATED,
      httpStatus: 401,
      title: 'The token has expired.',
    },
    forbidden: { grpcStatus: GrpcStatus.PERMISSION_DENIED, httpStatus: 403, title: 'You may not do this.' },
    not_found: { grpcStatus: GrpcStatus.NOT_FOUND, httpStatus: 404, title: 'The resource does not exist.' },
    email_in_use: {
      grpcStatus: GrpcStatus.ALREADY_EXISTS,
      httpStatus: 409,
      title: 'The email address is already in use.',
    },
    conflict: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 409,
      title: 'The request conflicts with the current state.',
    },
    plan_limit_reached: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 409,
      title: 'The plan does not allow any more of these.',
    },
    primary_exists: {
      grpcStatus: GrpcStatus.ALREADY_EXISTS,
      httpStatus: 409,
      title: 'There is already a primary contact.',
    },
    client_active: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 409,
      title: 'The client is still active.',
    },
    client_inactive: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 409,
      title: 'The client is inactive.',
    },
    client_deleted: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 410,
      title: 'The client has been deleted.',
    },
    role_in_use: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 409,
      title: 'The role is still held by members.',
    },
    confirmation_mismatch: {
      grpcStatus: GrpcStatus.INVALID_ARGUMENT,
      httpStatus: 422,
      title: 'The confirmation does not match.',
    },
    limits_not_allowed: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 409,
      title: 'Limits cannot be set for this client.',
    },
    account_locked: {
      grpcStatus: GrpcStatus.RESOURCE_EXHAUSTED,
      httpStatus: 429,
      title: 'The account is locked after too many failed attempts.',
    },
    rate_limited: { grpcStatus: GrpcStatus.RESOURCE_EXHAUSTED, httpStatus: 429, title: 'Too many requests.' },
    payload_too_large: {
      grpcStatus: GrpcStatus.INVALID_ARGUMENT,
      httpStatus: 413,
      title: 'The request body is too large.',
    },
    unsupported_media_type: {
      grpcStatus: GrpcStatus.INVALID_ARGUMENT,
      httpStatus: 415,
      title: 'The request body has an unsupported media type.',
    },
    invalid_image: {
      grpcStatus: GrpcStatus.INVALID_ARGUMENT,
      httpStatus: 422,
      title: 'The image is not a JPEG or PNG, or does not match its declared type.',
    },
    invalid_token: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 410,
      title: 'The link is invalid, already used or expired.',
    },
    idempotency_key_reused: {
      grpcStatus: GrpcStatus.FAILED_PRECONDITION,
      httpStatus: 422,
      title: 'The idempotency key was already used with another request.',
    },
    service_unavailable: {
      grpcStatus: GrpcStatus.UNAVAILABLE,
      httpStatus: 503,
      title: 'A service is temporarily unavailable.',
    },
    internal: {
      grpcStatus: GrpcStatus.INTERNAL,
      httpStatus: 500,
      title: 'Something went wrong on our side.',
    },
  };

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

export function problemOf(code: ErrorCode, detail: string, fields?: FieldProblem[]): Problem {
  const entry = ERROR_CATALOG[code];
  const problem: Problem = {
    type: `https://atrium.dev/problems/${code}`,
    status: entry.httpStatus,
    code,
    title: entry.title,
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
  code: ErrorCode;
  detail: string;
  fields?: FieldProblem[];
  retryAfterSeconds?: number;
}

/**
 * Failures that mean "too busy right now", not a bug: the database pool handed out no connection in
 * time (Prisma's P2028, pg-pool's connection timeout). They answer 503 with a retry hint, not 500.
 */
export function isOverload(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === 'P2028' ||
    (typeof message === 'string' && message.includes('timeout exceeded when trying to connect'))
  );
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
    detail: error.detail,
    fields: error.fields,
    retryAfterSeconds: error.retryAfterSeconds,
  };
  metadata.set(ERROR_METADATA_KEY, Buffer.from(JSON.stringify(payload), 'utf8'));
  return { code: ERROR_CATALOG[error.code].grpcStatus, details: error.detail, metadata };
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOG, value);
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
  const { code, detail, fields, retryAfterSeconds } = parsed as Record<string, unknown>;
  if (!isErrorCode(code) || typeof detail !== 'string') return undefined;
  const payload: ErrorPayload = { code, detail };
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
    const problem = problemOf(error.code, error.detail, error.fields);
    if (error.retryAfterSeconds !== undefined) problem.retryAfterSeconds = error.retryAfterSeconds;
    return problem;
  }
  if (typeof error !== 'object' || error === null) return problemOfBareStatus(GrpcStatus.INTERNAL);
  const { code, metadata } = error as { code?: unknown; metadata?: unknown };
  if (!isGrpcStatus(code)) return problemOfBareStatus(GrpcStatus.INTERNAL);
  const payload = readPayload(metadata);
  if (!payload) return problemOfBareStatus(code);
  const problem = problemOf(payload.code, payload.detail, payload.fields);
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
  return new DomainError(problem.code as ErrorCode, problem.detail, options);
}

/** True for a not_found DomainError, such as fromGrpcError makes of another service's not_found. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'not_found';
}
