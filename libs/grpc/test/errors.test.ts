import type { tenancy } from '@atrium/proto';
import { freePort } from '@atrium/testing';
import {
  createClient,
  DomainError,
  ERROR_CATALOG,
  fromGrpcError,
  GrpcStatus,
  isNotFound,
  Metadata,
  problemFromGrpcError,
  problemOf,
  toServiceError,
  type ErrorCode,
} from '../src';
import { tenancyProto } from './fixtures';

// The compiler rejects this object if a code is added to ErrorCode without being listed here.
const EVERY_CODE = Object.keys({
  validation_failed: true,
  unauthenticated: true,
  invalid_credentials: true,
  token_expired: true,
  forbidden: true,
  not_found: true,
  email_in_use: true,
  conflict: true,
  plan_limit_reached: true,
  primary_exists: true,
  client_active: true,
  client_inactive: true,
  client_deleted: true,
  role_in_use: true,
  confirmation_mismatch: true,
  limits_not_allowed: true,
  account_locked: true,
  rate_limited: true,
  payload_too_large: true,
  unsupported_media_type: true,
  invalid_image: true,
  invalid_token: true,
  idempotency_key_reused: true,
  service_unavailable: true,
  internal: true,
} satisfies Record<ErrorCode, true>) as ErrorCode[];

/** What a client sees when a server answered with this status object. */
function asReceived(status: ReturnType<typeof toServiceError>): Error {
  return Object.assign(new Error(`${status.code} ${status.details}`), status);
}

describe('the error catalog', () => {
  it('has exactly one entry per error code', () => {
    expect(Object.keys(ERROR_CATALOG).sort()).toEqual([...EVERY_CODE].sort());
  });

  it.each(EVERY_CODE)('gives %s an error status on both wires and a title', (code) => {
    const entry = ERROR_CATALOG[code];
    expect(entry.httpStatus).toBeGreaterThanOrEqual(400);
    expect(entry.httpStatus).toBeLessThan(600);
    expect(entry.grpcStatus).not.toBe(GrpcStatus.OK);
    expect(GrpcStatus[entry.grpcStatus]).toBeDefined();
    expect(entry.title).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    ['validation_failed', GrpcStatus.INVALID_ARGUMENT, 400],
    ['token_expired', GrpcStatus.UNAUTHENTICATED, 401],
    ['forbidden', GrpcStatus.PERMISSION_DENIED, 403],
    ['email_in_use', GrpcStatus.ALREADY_EXISTS, 409],
    ['plan_limit_reached', GrpcStatus.FAILED_PRECONDITION, 409],
    ['client_deleted', GrpcStatus.FAILED_PRECONDITION, 410],
    ['role_in_use', GrpcStatus.FAILED_PRECONDITION, 409],
    ['confirmation_mismatch', GrpcStatus.INVALID_ARGUMENT, 422],
    ['account_locked', GrpcStatus.RESOURCE_EXHAUSTED, 429],
    ['service_unavailable', GrpcStatus.UNAVAILABLE, 503],
    ['internal', GrpcStatus.INTERNAL, 500],
  ] as const)('maps %s to gRPC %s and HTTP %s', (code, grpcStatus, httpStatus) => {
    expect(ERROR_CATALOG[code]).toMatchObject({ grpcStatus, httpStatus });
  });
});

describe('problemOf', () => {
  it('builds an RFC 9457 body with the catalogued status and title', () => {
    expect(problemOf('client_active', 'Deactivate the client first.')).toEqual({
      type: 'https://atrium.dev/problems/client_active',
      status: 409,
      code: 'client_active',
      title: ERROR_CATALOG.client_active.title,
      detail: 'Deactivate the client first.',
    });
  });

  it('includes field problems when given', () => {
    const fields = [{ field: 'email', message: 'is not an email address' }];
    expect(problemOf('validation_failed', 'Check the form.', fields).fields).toEqual(fields);
  });
});

describe('toServiceError and problemFromGrpcError', () => {
  it('round-trip a domain error with fields and a retry hint', () => {
    const error = new DomainError('account_locked', 'Try again in 15 minutes.', {
      fields: [{ field: 'email', message: 'locked' }],
      retryAfterSeconds: 900,
    });
    const status = toServiceError(error);
    expect(status.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(status.details).toBe('Try again in 15 minutes.');
    expect(problemFromGrpcError(asReceived(status))).toEqual({
      ...problemOf('account_locked', 'Try again in 15 minutes.', [{ field: 'email', message: 'locked' }]),
      retryAfterSeconds: 900,
    });
  });

  it('hide everything about an unexpected error', () => {
    const status = toServiceError(new TypeError('cannot read properties of undefined (reading "secret")'));
    expect(status.code).toBe(GrpcStatus.INTERNAL);
    expect(status.details).toBe('internal error');
    expect(status.metadata.getMap()).toEqual({});
    expect(problemFromGrpcError(asReceived(status))).toMatchObject({ status: 500, code: 'internal' });
  });

  it.each([
    [
      'Prisma could not start a transaction in time',
      Object.assign(new Error('Transaction API error'), { code: 'P2028' }),
    ],
    ['pg-pool handed out no connection in time', new Error('timeout exceeded when trying to connect')],
  ])('answer an overloaded database (%s) with 503 and a retry hint, not 500', (_label, error) => {
    const problem = problemFromGrpcError(asReceived(toServiceError(error)));
    expect(problem).toMatchObject({ status: 503, code: 'service_unavailable', retryAfterSeconds: 1 });
    expect(problem.detail).not.toContain('Transaction');
  });

  it.each([
    [GrpcStatus.UNAVAILABLE, 503, 'service_unavailable'],
    [GrpcStatus.DEADLINE_EXCEEDED, 503, 'service_unavailable'],
    [GrpcStatus.NOT_FOUND, 404, 'not_found'],
    [GrpcStatus.INVALID_ARGUMENT, 400, 'validation_failed'],
    [GrpcStatus.UNAUTHENTICATED, 401, 'unauthenticated'],
    [GrpcStatus.PERMISSION_DENIED, 403, 'forbidden'],
    [GrpcStatus.ALREADY_EXISTS, 500, 'internal'],
    [GrpcStatus.CANCELLED, 500, 'internal'],
    [GrpcStatus.UNKNOWN, 500, 'internal'],
  ])('map a bare gRPC status %s to HTTP %s %s without echoing its details', (code, status, problemCode) => {
    const error = Object.assign(new Error('boom'), {
      code,
      details: 'dial tcp 10.1.2.3:50051',
      metadata: new Metadata(),
    });
    const problem = problemFromGrpcError(error);
    expect(problem).toMatchObject({ status, code: problemCode });
    expect(problem.detail).not.toContain('10.1.2.3');
  });

  it('fall back to the bare status when the error metadata is not ours', () => {
    const metadata = new Metadata();
    metadata.set('atrium-error-bin', Buffer.from('{"code":"no_such_code","detail":"x"}'));
    const error = Object.assign(new Error('x'), { code: GrpcStatus.NOT_FOUND, metadata });
    expect(problemFromGrpcError(error)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('treat errors that did not come from gRPC as internal', () => {
    expect(problemFromGrpcError(new Error('ECONNRESET'))).toMatchObject({ status: 500, code: 'internal' });
    expect(problemFromGrpcError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toMatchObject({
      status: 500,
    });
    expect(problemFromGrpcError('a string')).toMatchObject({ status: 500, code: 'internal' });
    expect(problemFromGrpcError(undefined)).toMatchObject({ status: 500, code: 'internal' });
  });

  it('give a domain error thrown locally its own problem', () => {
    expect(problemFromGrpcError(new DomainError('forbidden', 'Not yours.'))).toEqual(
      problemOf('forbidden', 'Not yours.'),
    );
  });
});

describe('fromGrpcError', () => {
  it("relays the other service's domain error with its code, detail, fields and retry hint", () => {
    const answered = new DomainError('account_locked', 'Try again in 15 minutes.', {
      fields: [{ field: 'email', message: 'locked' }],
      retryAfterSeconds: 900,
    });
    const relayed = fromGrpcError(asReceived(toServiceError(answered)));
    expect(relayed).toBeInstanceOf(DomainError);
    expect(relayed).toMatchObject({
      code: 'account_locked',
      detail: 'Try again in 15 minutes.',
      fields: [{ field: 'email', message: 'locked' }],
      retryAfterSeconds: 900,
    });
  });

  it('relays an answer without fields or retry hint without inventing them', () => {
    const relayed = fromGrpcError(
      asReceived(toServiceError(new DomainError('not_found', 'No such client.'))),
    );
    expect(relayed).toBeInstanceOf(DomainError);
    expect(relayed).toMatchObject({ code: 'not_found', detail: 'No such client.' });
    expect((relayed as DomainError).fields).toBeUndefined();
    expect((relayed as DomainError).retryAfterSeconds).toBeUndefined();
    expect(isNotFound(relayed)).toBe(true);
  });

  it('returns a domain error thrown locally as it is', () => {
    const local = new DomainError('forbidden', 'Not yours.');
    expect(fromGrpcError(local)).toBe(local);
  });

  it.each([
    ['an Error', new TypeError('cannot read properties of undefined')],
    ['an error with a string code', Object.assign(new Error('x'), { code: 'ENOENT' })],
    ['a string', 'a string'],
    ['undefined', undefined],
    ['null', null],
  ])(
    'returns what is not a gRPC error (%s) as it is, since it is a bug and not an answer',
    (_label, thrown) => {
      expect(fromGrpcError(thrown)).toBe(thrown);
    },
  );

  it('hides the details of a bare status that carries no domain error', () => {
    const error = Object.assign(new Error('boom'), {
      code: GrpcStatus.UNKNOWN,
      details: 'dial tcp 10.1.2.3:50051',
      metadata: new Metadata(),
    });
    const relayed = fromGrpcError(error);
    expect(relayed).toMatchObject({ code: 'internal' });
    expect((relayed as DomainError).detail).not.toContain('10.1.2.3');
  });

  it('makes a service nothing listens for service_unavailable', async () => {
    const nowhere = createClient<tenancy.TenancyServiceDefinition>(
      tenancyProto().TenancyService,
      `127.0.0.1:${await freePort()}`,
      { deadlineMs: 2000 },
    );
    try {
      const error = await nowhere.GetAccess({ userId: 'u', agencyId: 'a' }).then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      const relayed = fromGrpcError(error);
      expect(relayed).toBeInstanceOf(DomainError);
      expect(relayed).toMatchObject({ code: 'service_unavailable' });
      expect(isNotFound(relayed)).toBe(false);
    } finally {
      nowhere.close();
    }
  });

  it('makes a service that did not answer in time service_unavailable', () => {
    const error = Object.assign(new Error('deadline'), {
      code: GrpcStatus.DEADLINE_EXCEEDED,
      metadata: new Metadata(),
    });
    expect(fromGrpcError(error)).toMatchObject({ code: 'service_unavailable' });
  });
});

describe('isNotFound', () => {
  it('is true only for a not_found domain error', () => {
    expect(isNotFound(new DomainError('not_found', 'No such user.'))).toBe(true);
    expect(isNotFound(new DomainError('forbidden', 'Not yours.'))).toBe(false);
    expect(isNotFound(Object.assign(new Error('x'), { code: GrpcStatus.NOT_FOUND }))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});
