/**
 * The errors use cases throw, free of any transport: libs/grpc maps each category to a gRPC status
 * between services and to an HTTP status at the gateway. Libraries know only the generic codes below;
 * a service declares its own codes (`primary_exists`, `account_locked`, …) in its own
 * src/domain/errors.ts with defineErrors, each in one of the categories.
 */
export type ErrorCategory =
  | 'invalid'
  | 'unprocessable'
  | 'payment_required'
  | 'unauthenticated'
  | 'permission'
  | 'not_found'
  | 'already_exists'
  | 'conflict'
  | 'gone'
  | 'too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

/** One kind of failure: the stable machine code callers see, its category and the problem title. */
export interface ErrorKind<Code extends string = string> {
  code: Code;
  category: ErrorCategory;
  title: string;
}

/** A service's own error codes, keyed by code: `defineErrors({ role_in_use: { category, title } })`. */
export function defineErrors<const T extends Record<string, Omit<ErrorKind, 'code'>>>(
  kinds: T,
): { [Code in keyof T & string]: ErrorKind<Code> } {
  return Object.fromEntries(Object.entries(kinds).map(([code, kind]) => [code, { code, ...kind }])) as {
    [Code in keyof T & string]: ErrorKind<Code>;
  };
}

/** The codes every service and library may throw by name. */
export const GENERIC_ERRORS = defineErrors({
  validation_failed: { category: 'invalid', title: 'The request is not valid.' },
  unauthenticated: { category: 'unauthenticated', title: 'Authentication is required.' },
  forbidden: { category: 'permission', title: 'You may not do this.' },
  not_found: { category: 'not_found', title: 'The resource does not exist.' },
  conflict: { category: 'conflict', title: 'The request conflicts with the current state.' },
  payload_too_large: { category: 'too_large', title: 'The request body is too large.' },
  unsupported_media_type: {
    category: 'unsupported_media_type',
    title: 'The request body has an unsupported media type.',
  },
  rate_limited: { category: 'too_many_requests', title: 'Too many requests.' },
  service_unavailable: { category: 'unavailable', title: 'A service is temporarily unavailable.' },
  internal: { category: 'internal', title: 'Something went wrong on our side.' },
});

export type GenericErrorCode = keyof typeof GENERIC_ERRORS;

export function isGenericErrorCode(value: unknown): value is GenericErrorCode {
  return typeof value === 'string' && Object.hasOwn(GENERIC_ERRORS, value);
}

/** One offending input field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A failure the caller can act on; anything else thrown by a handler is treated as a bug. */
export class DomainError extends Error {
  readonly code: string;
  readonly category: ErrorCategory;
  readonly title: string;
  readonly detail: string;
  readonly fields?: FieldProblem[];
  readonly retryAfterSeconds?: number;

  /** `kind` is a generic code by name, or one of the service's own (defineErrors). */
  constructor(
    kind: GenericErrorCode | ErrorKind,
    detail: string,
    options: { fields?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    const { code, category, title } = typeof kind === 'string' ? GENERIC_ERRORS[kind] : kind;
    this.name = 'DomainError';
    this.code = code;
    this.category = category;
    this.title = title;
    this.detail = detail;
    if (options.fields) this.fields = options.fields;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** The kind this error is of, to rethrow it changed (another detail, renamed fields). */
  get kind(): ErrorKind {
    return { code: this.code, category: this.category, title: this.title };
  }
}
