import { problemOf } from '@atrium/grpc';
import { GATEWAY_ERRORS } from '../src/domain/errors';

describe("the gateway's own error codes", () => {
  it.each([
    ['token_expired', 401],
    ['idempotency_key_reused', 422],
  ] as const)('answer %s with HTTP %s', (code, status) => {
    expect(problemOf(GATEWAY_ERRORS[code], 'detail')).toMatchObject({ code, status });
  });
});
