import { ERROR_CATEGORIES, GrpcStatus, problemOf } from '@atrium/grpc';
import { IDENTITY_ERRORS } from '../src/domain/errors';

describe("identity's own error codes", () => {
  it.each([
    ['invalid_credentials', GrpcStatus.UNAUTHENTICATED, 401],
    ['email_in_use', GrpcStatus.ALREADY_EXISTS, 409],
    ['account_locked', GrpcStatus.RESOURCE_EXHAUSTED, 429],
    ['invalid_image', GrpcStatus.INVALID_ARGUMENT, 422],
    ['invalid_token', GrpcStatus.FAILED_PRECONDITION, 410],
  ] as const)('answer %s as gRPC %s and, at the gateway, HTTP %s', (code, grpcStatus, httpStatus) => {
    const kind = IDENTITY_ERRORS[code];
    expect(kind.code).toBe(code);
    expect(ERROR_CATEGORIES[kind.category]).toEqual({ grpcStatus, httpStatus });
    expect(problemOf(kind, 'detail')).toMatchObject({ code, status: httpStatus, title: kind.title });
    expect(kind.title).toMatch(/^[A-Z].*\.$/);
  });

  it('are all listed above', () => {
    expect(Object.keys(IDENTITY_ERRORS)).toHaveLength(5);
  });
});
