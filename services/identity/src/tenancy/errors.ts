import { DomainError, problemFromGrpcError, type ErrorCode } from '@atrium/grpc';

function isGrpcError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'number'
  );
}

/**
 * A failed tenancy call as the DomainError tenancy answered (or service_unavailable when it could
 * not be reached), so identity's caller gets that answer instead of an internal error. Anything
 * that is not a gRPC error is a bug and is returned as it is.
 */
export function fromTenancy(error: unknown): unknown {
  if (error instanceof DomainError || !isGrpcError(error)) return error;
  const problem = problemFromGrpcError(error);
  const options: ConstructorParameters<typeof DomainError>[2] = {};
  if (problem.fields) options.fields = problem.fields;
  if (problem.retryAfterSeconds !== undefined) options.retryAfterSeconds = problem.retryAfterSeconds;
  return new DomainError(problem.code as ErrorCode, problem.detail, options);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'not_found';
}
