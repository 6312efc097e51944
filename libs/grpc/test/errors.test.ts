import type { tenancy } from '@atrium/proto';
import { Client } from 'pg';
import { freePort, getTestServers, uniqueSuffix } from '@atrium/testing';
import {
  createClient,
  DomainError,
  ERROR_CATEGORIES,
  fromGrpcError,
  GENERIC_ERRORS,
  GrpcStatus,
  isNotFound,
  Metadata,
  problemFromGrpcError,
  problemOf,
  toServiceError,
  type ErrorCategory,
  type ErrorKind,
} from '../src';
import { tenancyProto } from './fixtures';

// The compiler rejects this object if a category is added without being listed here.
const EVERY_CATEGORY = Object.keys({
  invalid: true,
  unprocessable: true,
  payment_required: true,
  unauthenticated: true,
  permission: true,
  not_found: true,
  already_exists: true,
  conflict: true,
  gone: true,
  too_large: true,
  unsupported_media_type: true,
  too_many_requests: true,
  unavailable: true,
  internal: true,
} satisfies Record<ErrorCategory, true>) as ErrorCategory[];

/** A service's own codes, as a service declares them with defineErrors in its src/domain/errors.ts. */
const ACCOUNT_LOCKED: ErrorKind = {
  code: 'account_locked',
  category: 'too_many_requests',
  title: 'The account is locked after too many failed attempts.',
};
const CLIENT_ACTIVE: ErrorKind = {
  code: 'client_active',
  category: 'conflict',
  title: 'The client is still active.',
};

/** What a client sees when a server answered with this status object. */
function asReceived(status: ReturnType<typeof toServiceError>): Error {
  return Object.assign(new Error(`${status.code} ${status.details}`), status);
}

describe('the error categories', () => {
  it('has exactly one entry per category', () => {
    expect(Object.keys(ERROR_CATEGORIES).sort()).toEqual([...EVERY_CATEGORY].sort());
  });

  it.each(EVERY_CATEGORY)('gives %s an error status on both wires', (category) => {
    const entry = ERROR_CATEGORIES[category];
    expect(entry.httpStatus).toBeGreaterThanOrEqual(400);
    expect(entry.httpStatus).toBeLessThan(600);
    expect(entry.grpcStatus).not.toBe(GrpcStatus.OK);
    expect(GrpcStatus[entry.grpcStatus]).toBeDefined();
  });

  it.each(Object.values(GENERIC_ERRORS))('gives the generic $code a category and a title', (kind) => {
    expect(EVERY_CATEGORY).toContain(kind.category);
    expect(kind.title).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    ['validation_failed', GrpcStatus.INVALID_ARGUMENT, 400],
    ['unauthenticated', GrpcStatus.UNAUTHENTICATED, 401],
    ['forbidden', GrpcStatus.PERMISSION_DENIED, 403],
    ['not_found', GrpcStatus.NOT_FOUND, 404],
    ['conflict', GrpcStatus.FAILED_PRECONDITION, 409],
    ['payload_too_large', GrpcStatus.INVALID_ARGUMENT, 413],
    ['unsupported_media_type', GrpcStatus.INVALID_ARGUMENT, 415],
    ['rate_limited', GrpcStatus.RESOURCE_EXHAUSTED, 429],
    ['service_unavailable', GrpcStatus.UNAVAILABLE, 503],
    ['internal', GrpcStatus.INTERNAL, 500],
  ] as const)('maps %s to gRPC %s and HTTP %s', (code, grpcStatus, httpStatus) => {
    expect(ERROR_CATEGORIES[GENERIC_ERRORS[code].category]).toEqual({ grpcStatus, httpStatus });
  });

  it.each([
    ['already_exists', GrpcStatus.ALREADY_EXISTS, 409],
    ['gone', GrpcStatus.FAILED_PRECONDITION, 410],
    ['unprocessable', GrpcStatus.INVALID_ARGUMENT, 422],
    ['payment_required', GrpcStatus.FAILED_PRECONDITION, 402],
  ] as const)(
    'maps the category %s of services’ own codes to gRPC %s and HTTP %s',
    (category, grpcStatus, httpStatus) => {
      expect(ERROR_CATEGORIES[category]).toEqual({ grpcStatus, httpStatus });
    },
  );
});

describe('problemOf', () => {
  it('builds an RFC 9457 body with the catalogued status and title', () => {
    expect(problemOf(CLIENT_ACTIVE, 'Deactivate the client first.')).toEqual({
      type: 'https://atrium.dev/problems/client_active',
      status: 409,
      code: 'client_active',
      title: CLIENT_ACTIVE.title,
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
    const error = new DomainError(ACCOUNT_LOCKED, 'Try again in 15 minutes.', {
      fields: [{ field: 'email', message: 'locked' }],
      retryAfterSeconds: 900,
    });
    const status = toServiceError(error);
    expect(status.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(status.details).toBe('Try again in 15 minutes.');
    expect(problemFromGrpcError(asReceived(status))).toEqual({
      ...problemOf(ACCOUNT_LOCKED, 'Try again in 15 minutes.', [{ field: 'email', message: 'locked' }]),
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
    [
      'Prisma found no database there',
      Object.assign(new Error("Can't reach database server"), { code: 'P1001' }),
    ],
    ['Prisma was refused for too many connections', Object.assign(new Error('Too many'), { code: 'P2037' })],
    [
      'the driver adapter says the server closed the connection',
      Object.assign(new Error('DriverAdapterError'), { cause: { kind: 'ConnectionClosed' } }),
    ],
    [
      'Postgres is shutting down',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    [
      'Prisma wraps Postgres ending the connection inside a transaction',
      Object.assign(new Error('Database error. Code: `57P01`.'), {
        code: 'P2039',
        meta: {
          driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'postgres', code: '57P01' } },
        },
      }),
    ],
    [
      'Prisma wraps Postgres starting up',
      Object.assign(new Error('Raw query failed. Code: `57P03`.'), {
        code: 'P2010',
        meta: {
          driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'postgres', code: '57P03' } },
        },
      }),
    ],
    [
      'pg refuses a query on a connection that broke',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
  ])('answer a database that cannot be used right now (%s) with 503, not 500', (_label, error) => {
    expect(problemFromGrpcError(asReceived(toServiceError(error)))).toMatchObject({
      status: 503,
      code: 'service_unavailable',
    });
  });

  it('answer the errors pg really raises when Postgres refuses or is not there with 503', async () => {
    const { adminDatabaseUrl: databaseUrl } = await getTestServers();
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    const role = `no_connections_${uniqueSuffix()}`;
    await admin.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
    try {
      const url = new URL(databaseUrl);
      url.username = role;
      const refused = await new Client({ connectionString: url.toString() }).connect().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toMatchObject({ code: '53300' });
      const closedPort = await freePort();
      const absent = await new Client({ host: '127.0.0.1', port: closedPort }).connect().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(absent).toMatchObject({ code: 'ECONNREFUSED' });
      for (const error of [refused, absent])
        expect(problemFromGrpcError(asReceived(toServiceError(error)))).toMatchObject({ status: 503 });
    } finally {
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
  });

  it('still answer a database error that is a bug, such as a broken constraint, with 500', () => {
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      severity: 'ERROR',
    });
    expect(problemFromGrpcError(asReceived(toServiceError(duplicate)))).toMatchObject({ status: 500 });
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
    const answered = new DomainError(ACCOUNT_LOCKED, 'Try again in 15 minutes.', {
      fields: [{ field: 'email', message: 'locked' }],
      retryAfterSeconds: 900,
    });
    const relayed = fromGrpcError(asReceived(toServiceError(answered)));
    expect(relayed).toBeInstanceOf(DomainError);
    expect(relayed).toMatchObject({
      code: 'account_locked',
      category: 'too_many_requests',
      title: ACCOUNT_LOCKED.title,
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
