import { DomainError, problemFromGrpcError, type ErrorCode } from '@atrium/grpc';

/**
 * A failed tenancy call as the DomainError tenancy answered (service_unavailable when it could not
 * be reached), so the caller gets tenancy's answer rather than an internal error.
 */
export function fromTenancy(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (typeof error !== 'object' || error === null || typeof (error as { code?: unknown }).code !== 'number')
    return error;
  const problem = problemFromGrpcError(error);
  return new DomainError(
    problem.code as ErrorCode,
    problem.detail,
    problem.fields ? { fields: problem.fields } : {},
  );
}
