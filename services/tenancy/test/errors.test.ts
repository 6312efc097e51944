import { ERROR_CATEGORIES, GrpcStatus, problemOf } from '@atrium/grpc';
import { TENANCY_ERRORS } from '../src/domain/errors';

describe("tenancy's own error codes", () => {
  it.each([
    ['email_in_use', GrpcStatus.ALREADY_EXISTS, 409],
    ['plan_limit_reached', GrpcStatus.FAILED_PRECONDITION, 409],
    ['primary_exists', GrpcStatus.ALREADY_EXISTS, 409],
    ['client_active', GrpcStatus.FAILED_PRECONDITION, 409],
    ['client_inactive', GrpcStatus.FAILED_PRECONDITION, 409],
    ['client_deleted', GrpcStatus.FAILED_PRECONDITION, 410],
    ['role_in_use', GrpcStatus.FAILED_PRECONDITION, 409],
    ['confirmation_mismatch', GrpcStatus.INVALID_ARGUMENT, 422],
    ['limits_not_allowed', GrpcStatus.FAILED_PRECONDITION, 409],
  ] as const)('answer %s as gRPC %s and, at the gateway, HTTP %s', (code, grpcStatus, httpStatus) => {
    const kind = TENANCY_ERRORS[code];
    expect(kind.code).toBe(code);
    expect(ERROR_CATEGORIES[kind.category]).toEqual({ grpcStatus, httpStatus });
    expect(problemOf(kind, 'detail')).toMatchObject({ code, status: httpStatus, title: kind.title });
    expect(kind.title).toMatch(/^[A-Z].*\.$/);
  });

  it('are all listed above', () => {
    expect(Object.keys(TENANCY_ERRORS)).toHaveLength(9);
  });
});
