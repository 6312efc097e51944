/**
 * The errors use cases throw, free of any transport: libs/grpc maps each code
 * to a gRPC status between services and to an HTTP problem at the gateway.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'token_expired'
  | 'forbidden'
  | 'not_found'
  | 'email_in_use'
  | 'conflict'
  | 'plan_limit_reached'
  | 'primary_exists'
  | 'client_active'
  | 'client_inactive'
  | 'client_deleted'
  | 'role_in_use'
  | 'confirmation_mismatch'
  | 'limits_not_allowed'
  | 'account_locked'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid_image'
  | 'invalid_token'
  | 'idempotency_key_reused'
  | 'service_unavailable'
  | 'internal';

/** One offending input field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A failure the caller can act on; anything else thrown by a handler is treated as a bug. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly fields?: FieldProblem[];
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { fields?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
    if (options.fields) this.fields = options.fields;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
